using Microsoft.EntityFrameworkCore;
using Modular.Shared.Storage;

namespace Modular.Modules.Economy.Data;

/// <summary>The Economic Empowerment (Project 939) module's own store.</summary>
internal class EconomyDbContext(DbContextOptions options) : StoreDbContext(options, EconomyModule.ModuleKey)
{
    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
    }
}

internal sealed class EconomySqliteDbContext(DbContextOptions<EconomySqliteDbContext> options) : EconomyDbContext(options);

internal sealed class EconomyPostgresDbContext(DbContextOptions<EconomyPostgresDbContext> options) : EconomyDbContext(options);

internal sealed class EconomySqliteDesignTimeFactory : SqliteDesignTimeFactory<EconomySqliteDbContext>;

internal sealed class EconomyPostgresDesignTimeFactory() : PostgresDesignTimeFactory<EconomyPostgresDbContext>(EconomyModule.ModuleKey);
