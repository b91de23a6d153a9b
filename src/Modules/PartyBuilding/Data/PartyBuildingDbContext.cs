using Microsoft.EntityFrameworkCore;
using Modular.Shared.Storage;

namespace Modular.Modules.PartyBuilding.Data;

/// <summary>The Party Building & Supervision module's own store.</summary>
internal class PartyBuildingDbContext(DbContextOptions options) : StoreDbContext(options, PartyBuildingModule.ModuleKey)
{
    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
    }
}

internal sealed class PartyBuildingSqliteDbContext(DbContextOptions<PartyBuildingSqliteDbContext> options) : PartyBuildingDbContext(options);

internal sealed class PartyBuildingPostgresDbContext(DbContextOptions<PartyBuildingPostgresDbContext> options) : PartyBuildingDbContext(options);

internal sealed class PartyBuildingSqliteDesignTimeFactory : SqliteDesignTimeFactory<PartyBuildingSqliteDbContext>;

internal sealed class PartyBuildingPostgresDesignTimeFactory() : PostgresDesignTimeFactory<PartyBuildingPostgresDbContext>(PartyBuildingModule.ModuleKey);
