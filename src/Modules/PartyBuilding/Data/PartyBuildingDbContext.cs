using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modular.Shared.Storage;

namespace Modular.Modules.PartyBuilding.Data;

/// <summary>The Party Building & Supervision module's own store.</summary>
internal class PartyBuildingDbContext(DbContextOptions options) : StoreDbContext(options, PartyBuildingModule.ModuleKey)
{
    public DbSet<Supervision> Supervisions => Set<Supervision>();

    public DbSet<DraftOpinion> DraftOpinions => Set<DraftOpinion>();

    public DbSet<Dialogue> Dialogues => Set<Dialogue>();

    public DbSet<BranchHead> BranchHeads => Set<BranchHead>();

    public DbSet<WomenCadreActivity> WomenCadreActivities => Set<WomenCadreActivity>();

    public DbSet<CongressWomenContent> CongressWomenContents => Set<CongressWomenContent>();

    public DbSet<ProgrammeProposal> ProgrammeProposals => Set<ProgrammeProposal>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Supervision>(e =>
        {
            Record(e, "supervisions");
            e.Property(r => r.Policy).HasMaxLength(500);
            e.Property(r => r.Findings).HasMaxLength(4000);
            e.Property(r => r.Recommendations).HasMaxLength(4000);
            e.Property(r => r.FollowUp).HasMaxLength(4000);
        });
        modelBuilder.Entity<DraftOpinion>(e =>
        {
            Record(e, "draft_opinions");
            e.Property(r => r.Draft).HasMaxLength(500);
            e.Property(r => r.IssuedBy).HasMaxLength(200);
            e.Property(r => r.Content).HasMaxLength(4000);
        });
        modelBuilder.Entity<Dialogue>(e =>
        {
            Record(e, "dialogues");
            e.Property(r => r.CounterpartName).HasMaxLength(200);
            e.Property(r => r.Issues).HasMaxLength(4000);
            e.Property(r => r.Commitments).HasMaxLength(4000);
            e.Property(r => r.FollowUp).HasMaxLength(4000);
        });
        modelBuilder.Entity<BranchHead>(e =>
        {
            Record(e, "branch_heads");
            e.Property(r => r.FullName).HasMaxLength(200);
            e.Property(r => r.Branch).HasMaxLength(200);
        });
        modelBuilder.Entity<WomenCadreActivity>(e =>
        {
            Record(e, "women_cadre_activities");
            e.Property(r => r.Title).HasMaxLength(500);
            e.Property(r => r.Notes).HasMaxLength(4000);
        });
        modelBuilder.Entity<CongressWomenContent>(e =>
        {
            Record(e, "congress_women_contents");
            e.Property(r => r.Document).HasMaxLength(500);
            e.Property(r => r.Content).HasMaxLength(4000);
        });
        modelBuilder.Entity<ProgrammeProposal>(e =>
        {
            Record(e, "programme_proposals");
            e.Property(r => r.Programme).HasMaxLength(500);
            e.Property(r => r.Content).HasMaxLength(4000);
        });
    }

    // Every record is listed and counted by unit and date, so each table gets that index.
    private static void Record<T>(EntityTypeBuilder<T> e, string table)
        where T : PartyRecord
    {
        e.ToTable(table);
        e.HasIndex(r => new { r.UnitId, r.Date });
    }
}

internal sealed class PartyBuildingSqliteDbContext(DbContextOptions<PartyBuildingSqliteDbContext> options) : PartyBuildingDbContext(options);

internal sealed class PartyBuildingPostgresDbContext(DbContextOptions<PartyBuildingPostgresDbContext> options) : PartyBuildingDbContext(options);

internal sealed class PartyBuildingSqliteDesignTimeFactory : SqliteDesignTimeFactory<PartyBuildingSqliteDbContext>;

internal sealed class PartyBuildingPostgresDesignTimeFactory() : PostgresDesignTimeFactory<PartyBuildingPostgresDbContext>(PartyBuildingModule.ModuleKey);
