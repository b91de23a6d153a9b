using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modular.Modules.Economy.Domain;
using Modular.Shared.Storage;

namespace Modular.Modules.Economy.Data;

/// <summary>The Economic Empowerment (Project 939) module's own store.</summary>
internal class EconomyDbContext(DbContextOptions options) : StoreDbContext(options, EconomyModule.ModuleKey)
{
    public DbSet<SupportedHousehold> Households => Set<SupportedHousehold>();

    public DbSet<SupportedEntrepreneur> Entrepreneurs => Set<SupportedEntrepreneur>();

    public DbSet<Cooperative> Cooperatives => Set<Cooperative>();

    public DbSet<StartupProject> Startups => Set<StartupProject>();

    public DbSet<Loan> Loans => Set<Loan>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SupportedHousehold>(e =>
        {
            e.ToTable("supported_households");
            Name(e.Property(h => h.HeadName));
            Name(e.Property(h => h.HeadNameFolded));
            Name(e.Property(h => h.Village));
            Name(e.Property(h => h.VillageFolded));
            e.Property(h => h.SupportDetails).HasMaxLength(EconomyLimits.Details);
            e.HasIndex(h => new { h.UnitId, h.HeadNameFolded, h.VillageFolded }).IsUnique();
            e.HasIndex(h => h.ExitedPovertyOn);
        });

        modelBuilder.Entity<SupportedEntrepreneur>(e =>
        {
            e.ToTable("supported_entrepreneurs");
            Name(e.Property(p => p.FullName));
            Name(e.Property(p => p.FullNameFolded));
            e.HasIndex(p => new { p.UnitId, p.SupportedOn });
            e.HasIndex(p => p.SupportedOn);
        });

        modelBuilder.Entity<Cooperative>(e =>
        {
            e.ToTable("cooperatives");
            Name(e.Property(c => c.Name));
            Name(e.Property(c => c.NameFolded));
            e.HasIndex(c => new { c.UnitId, c.NameFolded }).IsUnique();
            e.HasIndex(c => c.FoundedOn);
        });

        modelBuilder.Entity<StartupProject>(e =>
        {
            e.ToTable("startup_projects");
            Name(e.Property(s => s.Name));
            Name(e.Property(s => s.OwnerName));
            e.HasIndex(s => new { s.UnitId, s.SupportedOn });
            e.HasIndex(s => s.SupportedOn);
        });

        modelBuilder.Entity<Loan>(e =>
        {
            e.ToTable("loans");
            Name(e.Property(l => l.BorrowerName));
            e.HasIndex(l => new { l.UnitId, l.LoanedOn });
            e.HasIndex(l => l.LoanedOn);
        });
    }

    private static void Name(PropertyBuilder<string> property) => property.HasMaxLength(EconomyLimits.Name).IsRequired();
}

internal sealed class EconomySqliteDbContext(DbContextOptions<EconomySqliteDbContext> options) : EconomyDbContext(options);

internal sealed class EconomyPostgresDbContext(DbContextOptions<EconomyPostgresDbContext> options) : EconomyDbContext(options);

internal sealed class EconomySqliteDesignTimeFactory : SqliteDesignTimeFactory<EconomySqliteDbContext>;

internal sealed class EconomyPostgresDesignTimeFactory() : PostgresDesignTimeFactory<EconomyPostgresDbContext>(EconomyModule.ModuleKey);
