using Microsoft.EntityFrameworkCore;
using Modular.Shared.Storage;

namespace Modular.Modules.Organisation.Data;

/// <summary>The Organisation & IT module's own store.</summary>
internal class OrganisationDbContext(DbContextOptions options) : StoreDbContext(options, OrganisationModule.ModuleKey)
{
    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
    }
}

internal sealed class OrganisationSqliteDbContext(DbContextOptions<OrganisationSqliteDbContext> options) : OrganisationDbContext(options);

internal sealed class OrganisationPostgresDbContext(DbContextOptions<OrganisationPostgresDbContext> options) : OrganisationDbContext(options);

internal sealed class OrganisationSqliteDesignTimeFactory : SqliteDesignTimeFactory<OrganisationSqliteDbContext>;

internal sealed class OrganisationPostgresDesignTimeFactory() : PostgresDesignTimeFactory<OrganisationPostgresDbContext>(OrganisationModule.ModuleKey);
