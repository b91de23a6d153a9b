using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modular.Shared.Storage;

namespace Modular.Modules.Organisation.Data;

/// <summary>The Organisation & IT module's own store.</summary>
internal class OrganisationDbContext(DbContextOptions options) : StoreDbContext(options, OrganisationModule.ModuleKey)
{
    public DbSet<Member> Members => Set<Member>();

    public DbSet<MembershipPeriod> MembershipPeriods => Set<MembershipPeriod>();

    public DbSet<ActivityType> ActivityTypes => Set<ActivityType>();

    public DbSet<UnionModel> UnionModels => Set<UnionModel>();

    public DbSet<Cadre> Cadres => Set<Cadre>();

    public DbSet<BranchHead> BranchHeads => Set<BranchHead>();

    public DbSet<JointActivity> JointActivities => Set<JointActivity>();

    public DbSet<CommunicationMaterial> CommunicationMaterials => Set<CommunicationMaterial>();

    public DbSet<CommunicationActivity> CommunicationActivities => Set<CommunicationActivity>();

    public DbSet<WebsiteCase> WebsiteCases => Set<WebsiteCase>();

    public DbSet<NetworkedComputer> NetworkedComputers => Set<NetworkedComputer>();

    public DbSet<DigitalTraining> DigitalTrainings => Set<DigitalTraining>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Member>(e =>
        {
            e.ToTable("members");
            e.Property(m => m.FullName).HasMaxLength(OrganisationLimits.Name);
            e.Property(m => m.FoldedName).HasMaxLength(OrganisationLimits.Name);
            e.Property(m => m.Ethnicity).HasMaxLength(OrganisationLimits.Short);
            e.Property(m => m.Religion).HasMaxLength(OrganisationLimits.Short);
            e.Property(m => m.Branch).HasMaxLength(OrganisationLimits.Name);
            e.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
            e.HasMany(m => m.History).WithOne().HasForeignKey(p => p.MemberId).OnDelete(DeleteBehavior.Cascade);
            // The same woman is on a unit's active register once; the register checks first, the index closes the race.
            e.HasIndex(m => new { m.UnitId, m.FoldedName, m.BirthYear }).IsUnique().HasFilter("\"Status\" = 'Active'");
            e.HasIndex(m => m.FoldedName);
            e.HasIndex(m => new { m.JoinedUnitId, m.JoinedOn });
        });
        modelBuilder.Entity<MembershipPeriod>(e =>
        {
            e.ToTable("membership_periods");
            e.Property(p => p.StartReason).HasConversion<string>().HasMaxLength(20);
            e.Property(p => p.EndReason).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(p => new { p.UnitId, p.From });
        });
        Record<ActivityType>(modelBuilder, "activity_types", e => e.Property(a => a.Name).HasMaxLength(OrganisationLimits.Name));
        Record<UnionModel>(modelBuilder, "union_models", e => e.Property(m => m.Name).HasMaxLength(OrganisationLimits.Name));
        Record<Cadre>(modelBuilder, "cadres", e =>
        {
            e.Property(c => c.FullName).HasMaxLength(OrganisationLimits.Name);
            e.Property(c => c.Position).HasMaxLength(OrganisationLimits.Name);
        });
        Record<BranchHead>(modelBuilder, "branch_heads", e =>
        {
            e.Property(b => b.FullName).HasMaxLength(OrganisationLimits.Name);
            e.Property(b => b.Branch).HasMaxLength(OrganisationLimits.Name);
        });
        Record<JointActivity>(modelBuilder, "joint_activities", e =>
        {
            e.Property(a => a.Title).HasMaxLength(OrganisationLimits.Title);
            e.Property(a => a.Partners).HasMaxLength(OrganisationLimits.Title);
        });
        Record<CommunicationMaterial>(modelBuilder, "communication_materials", e => e.Property(m => m.Title).HasMaxLength(OrganisationLimits.Title));
        Record<CommunicationActivity>(modelBuilder, "communication_activities", e => e.Property(a => a.Title).HasMaxLength(OrganisationLimits.Title));
        Record<WebsiteCase>(modelBuilder, "website_cases", e =>
        {
            e.Property(w => w.Summary).HasMaxLength(OrganisationLimits.Text);
            e.Property(w => w.Outcome).HasMaxLength(OrganisationLimits.Text);
        });
        Record<NetworkedComputer>(modelBuilder, "networked_computers", e => e.Property(n => n.Description).HasMaxLength(OrganisationLimits.Title));
        Record<DigitalTraining>(modelBuilder, "digital_trainings", e => e.Property(t => t.Title).HasMaxLength(OrganisationLimits.Title));
    }

    private static void Record<T>(ModelBuilder modelBuilder, string table, Action<EntityTypeBuilder<T>> configure)
        where T : OrganisationRecord
    {
        modelBuilder.Entity<T>(e =>
        {
            e.ToTable(table);
            e.HasIndex(r => r.UnitId);
            configure(e);
        });
    }
}

internal sealed class OrganisationSqliteDbContext(DbContextOptions<OrganisationSqliteDbContext> options) : OrganisationDbContext(options);

internal sealed class OrganisationPostgresDbContext(DbContextOptions<OrganisationPostgresDbContext> options) : OrganisationDbContext(options);

internal sealed class OrganisationSqliteDesignTimeFactory : SqliteDesignTimeFactory<OrganisationSqliteDbContext>;

internal sealed class OrganisationPostgresDesignTimeFactory() : PostgresDesignTimeFactory<OrganisationPostgresDbContext>(OrganisationModule.ModuleKey);
