using Microsoft.EntityFrameworkCore;
using Modular.Shared.Storage;

namespace Modular.Modules.Family.Data;

/// <summary>The Family & Children module's own store.</summary>
internal class FamilyDbContext(DbContextOptions options) : StoreDbContext(options, FamilyModule.ModuleKey)
{
    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
    }
}

internal sealed class FamilySqliteDbContext(DbContextOptions<FamilySqliteDbContext> options) : FamilyDbContext(options);

internal sealed class FamilyPostgresDbContext(DbContextOptions<FamilyPostgresDbContext> options) : FamilyDbContext(options);

internal sealed class FamilySqliteDesignTimeFactory : SqliteDesignTimeFactory<FamilySqliteDbContext>;

internal sealed class FamilyPostgresDesignTimeFactory() : PostgresDesignTimeFactory<FamilyPostgresDbContext>(FamilyModule.ModuleKey);
