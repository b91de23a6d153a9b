using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Modular.Shared.Storage;

/// <summary>Lets <c>dotnet ef migrations add</c> build a store's SQLite context without the host.</summary>
public abstract class SqliteDesignTimeFactory<TContext> : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TContext>();
        StorageServiceCollectionExtensions.ConfigureSqlite(options, "design-time.db");
        return (TContext)Activator.CreateInstance(typeof(TContext), options.Options)!;
    }
}

/// <summary>Lets <c>dotnet ef migrations add</c> build a store's PostgreSQL context without a server.</summary>
public abstract class PostgresDesignTimeFactory<TContext>(string schema) : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TContext>();
        StorageServiceCollectionExtensions.ConfigurePostgres(options, "Host=localhost;Database=design_time", schema);
        return (TContext)Activator.CreateInstance(typeof(TContext), options.Options)!;
    }
}
