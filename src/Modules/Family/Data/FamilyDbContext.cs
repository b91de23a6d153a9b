using Microsoft.EntityFrameworkCore;
using Modular.Shared.Storage;

namespace Modular.Modules.Family.Data;

/// <summary>The Family & Children module's own store.</summary>
internal class FamilyDbContext(DbContextOptions options) : StoreDbContext(options, FamilyModule.ModuleKey)
{
    public DbSet<StandardHousehold> StandardHouseholds => Set<StandardHousehold>();

    public DbSet<CommunityWork> CommunityWorks => Set<CommunityWork>();

    public DbSet<VictimCase> VictimCases => Set<VictimCase>();

    public DbSet<DisabledWomanSupport> DisabledWomanSupports => Set<DisabledWomanSupport>();

    public DbSet<Sponsorship> Sponsorships => Set<Sponsorship>();

    public DbSet<CultureSportsForm> CultureSportsForms => Set<CultureSportsForm>();

    public DbSet<FamilyActivity> FamilyActivities => Set<FamilyActivity>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<StandardHousehold>(e =>
        {
            e.ToTable("standard_households");
            e.Property(h => h.HouseholdHead).HasMaxLength(200);
            e.Property(h => h.Village).HasMaxLength(200);
            e.HasIndex(h => new { h.UnitId, h.ConfirmedOn });
        });

        modelBuilder.Entity<CommunityWork>(e =>
        {
            e.ToTable("community_works");
            e.Property(w => w.Name).HasMaxLength(500);
            e.HasIndex(w => new { w.UnitId, w.RegisteredOn });
        });

        modelBuilder.Entity<VictimCase>(e =>
        {
            e.ToTable("victim_cases");
            e.Property(v => v.CaseCode).HasMaxLength(50);
            e.HasIndex(v => new { v.UnitId, v.CaseCode }).IsUnique();
            e.HasIndex(v => new { v.UnitId, v.FoundOn });
        });

        modelBuilder.Entity<DisabledWomanSupport>(e =>
        {
            e.ToTable("disabled_woman_supports");
            e.Property(s => s.WomanCode).HasMaxLength(50);
            e.HasIndex(s => new { s.UnitId, s.SupportedOn });
            e.HasIndex(s => new { s.UnitId, s.WomanCode });
        });

        modelBuilder.Entity<Sponsorship>(e =>
        {
            e.ToTable("sponsorships");
            e.Property(s => s.ChildCode).HasMaxLength(50);
            e.Property(s => s.Sponsor).HasMaxLength(300);
            e.HasIndex(s => new { s.UnitId, s.StartedOn });
        });

        modelBuilder.Entity<CultureSportsForm>(e =>
        {
            e.ToTable("culture_sports_forms");
            e.Property(f => f.Name).HasMaxLength(300);
            e.Property(f => f.NameFolded).HasMaxLength(300);
            e.HasIndex(f => new { f.UnitId, f.NameFolded }).IsUnique();
        });

        modelBuilder.Entity<FamilyActivity>(e =>
        {
            e.ToTable("family_activities");
            e.Property(a => a.Topic).HasMaxLength(500);
            e.HasIndex(a => new { a.UnitId, a.HeldOn });
        });
    }
}

internal sealed class FamilySqliteDbContext(DbContextOptions<FamilySqliteDbContext> options) : FamilyDbContext(options);

internal sealed class FamilyPostgresDbContext(DbContextOptions<FamilyPostgresDbContext> options) : FamilyDbContext(options);

internal sealed class FamilySqliteDesignTimeFactory : SqliteDesignTimeFactory<FamilySqliteDbContext>;

internal sealed class FamilyPostgresDesignTimeFactory() : PostgresDesignTimeFactory<FamilyPostgresDbContext>(FamilyModule.ModuleKey);
