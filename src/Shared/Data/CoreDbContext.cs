using Microsoft.EntityFrameworkCore;
using Modular.Shared.Accounts;
using Modular.Shared.Indicators;
using Modular.Shared.Plans;
using Modular.Shared.Reporting;
using Modular.Shared.Storage;
using Modular.Shared.Units;

namespace Modular.Shared.Data;

/// <summary>The shared tables: the unit tree, module switches, plans, targets, allocations, milestones, reported values, user accounts and period reports.</summary>
public class CoreDbContext(DbContextOptions options) : StoreDbContext(options, CoreStore.Key)
{
    public DbSet<UnitLevel> UnitLevels => Set<UnitLevel>();

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<UnitLineage> UnitLineage => Set<UnitLineage>();

    public DbSet<Reorganisation> Reorganisations => Set<Reorganisation>();

    public DbSet<ModuleSwitch> ModuleSwitches => Set<ModuleSwitch>();

    public DbSet<Plan> Plans => Set<Plan>();

    public DbSet<Target> Targets => Set<Target>();

    public DbSet<GoalAllocation> GoalAllocations => Set<GoalAllocation>();

    public DbSet<MilestoneCompletion> MilestoneCompletions => Set<MilestoneCompletion>();

    public DbSet<ReportedValue> ReportedValues => Set<ReportedValue>();

    public DbSet<UserAccount> UserAccounts => Set<UserAccount>();

    public DbSet<ReportingPeriod> ReportingPeriods => Set<ReportingPeriod>();

    public DbSet<PeriodReport> PeriodReports => Set<PeriodReport>();

    public DbSet<PeriodReportStep> PeriodReportSteps => Set<PeriodReportStep>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<UnitLevel>(e =>
        {
            e.ToTable("unit_levels");
            e.HasKey(l => l.Key);
            e.Property(l => l.Key).HasMaxLength(30);
            e.Property(l => l.Name).HasMaxLength(100);
            e.Property(l => l.EnglishName).HasMaxLength(100);
        });

        modelBuilder.Entity<Unit>(e =>
        {
            e.ToTable("units");
            e.Property(u => u.Code).HasMaxLength(30);
            e.Property(u => u.Name).HasMaxLength(300);
            e.Property(u => u.PlaceName).HasMaxLength(300);
            e.Property(u => u.LevelKey).HasMaxLength(30);
            // A code is unique on any day, not for ever: new units reuse their predecessors' codes.
            e.HasIndex(u => new { u.Code, u.ValidFrom }).IsUnique();
            e.HasIndex(u => u.ParentId);
            e.HasOne<UnitLevel>().WithMany().HasForeignKey(u => u.LevelKey).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Unit>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Unit>().WithMany().HasForeignKey(u => u.SuccessorId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<UnitLineage>(e =>
        {
            e.ToTable("unit_lineage");
            e.Property(l => l.Share).HasConversion<string>().HasMaxLength(10);
            e.HasIndex(l => new { l.PredecessorId, l.SuccessorId }).IsUnique();
            e.HasIndex(l => l.SuccessorId);
            e.HasOne<Unit>().WithMany().HasForeignKey(l => l.PredecessorId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Unit>().WithMany().HasForeignKey(l => l.SuccessorId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Reorganisation>().WithMany().HasForeignKey(l => l.ReorganisationId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<Reorganisation>(e =>
        {
            e.ToTable("reorganisations");
            e.Property(r => r.Name).HasMaxLength(300);
            e.Property(r => r.Digest).HasMaxLength(64);
            e.Property(r => r.AppliedBy).HasMaxLength(200);
            e.HasIndex(r => r.Digest).IsUnique();
        });

        modelBuilder.Entity<ModuleSwitch>(e =>
        {
            e.ToTable("module_switches");
            e.Property(s => s.ModuleKey).HasMaxLength(50);
            e.HasIndex(s => new { s.UnitId, s.ModuleKey, s.EffectiveFrom }).IsUnique();
            e.HasOne<Unit>().WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<Plan>(e =>
        {
            e.ToTable("plans");
            e.Property(p => p.Code).HasMaxLength(50);
            e.Property(p => p.Title).HasMaxLength(500);
            e.Property(p => p.DocumentNumber).HasMaxLength(50);
            e.HasIndex(p => p.Code).IsUnique();
            e.HasOne<Unit>().WithMany().HasForeignKey(p => p.IssuingUnitId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<Target>(e =>
        {
            e.ToTable("targets");
            e.Property(t => t.Code).HasMaxLength(30);
            e.Property(t => t.Title).HasMaxLength(1000);
            e.Property(t => t.Section).HasMaxLength(30);
            e.Property(t => t.ModuleKey).HasMaxLength(50);
            e.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(t => t.IndicatorKey).HasMaxLength(100);
            e.Property(t => t.DenominatorKey).HasMaxLength(100);
            e.Property(t => t.Levels).HasMaxLength(200);
            e.Ignore(t => t.LevelKeys);
            e.HasIndex(t => new { t.PlanId, t.Code }).IsUnique();
            e.HasOne<Plan>().WithMany().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<GoalAllocation>(e =>
        {
            e.ToTable("goal_allocations");
            e.HasIndex(a => new { a.TargetId, a.UnitId }).IsUnique();
            e.HasOne<Target>().WithMany().HasForeignKey(a => a.TargetId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Unit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<MilestoneCompletion>(e =>
        {
            e.ToTable("milestone_completions");
            e.Property(m => m.Note).HasMaxLength(1000);
            e.HasIndex(m => new { m.TargetId, m.UnitId }).IsUnique();
            e.HasOne<Target>().WithMany().HasForeignKey(m => m.TargetId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Unit>().WithMany().HasForeignKey(m => m.UnitId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<ReportedValue>(e =>
        {
            e.ToTable("reported_values");
            e.Property(r => r.IndicatorKey).HasMaxLength(100);
            e.Property(r => r.ModuleKey).HasMaxLength(50);
            e.Property(r => r.RecordedBy).HasMaxLength(200);
            e.HasIndex(r => new { r.IndicatorKey, r.UnitId, r.PeriodStart });

            // One value in force per unit, indicator and period, whatever writes at the same instant: corrections supersede it.
            e.HasIndex(r => new { r.IndicatorKey, r.UnitId, r.PeriodStart, r.PeriodEnd })
                .IsUnique()
                .HasFilter("\"SupersededAt\" IS NULL")
                .HasDatabaseName("IX_reported_values_in_force");
            e.HasOne<Unit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<UserAccount>(e =>
        {
            e.ToTable("user_accounts");
            e.Property(u => u.UserName).HasMaxLength(50);
            e.Property(u => u.DisplayName).HasMaxLength(200);
            e.Property(u => u.Role).HasConversion<string>().HasMaxLength(20);
            e.Property(u => u.PasswordHash).HasMaxLength(500).IsKeptOutOfAudit();
            e.Property(u => u.SecurityStamp).HasMaxLength(64).IsKeptOutOfAudit();
            e.HasIndex(u => u.UserName).IsUnique();
            e.HasIndex(u => u.UnitId);
            e.HasOne<Unit>().WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<ReportingPeriod>(e =>
        {
            e.ToTable("reporting_periods");
            e.Property(p => p.Code).HasMaxLength(20);
            e.Property(p => p.Name).HasMaxLength(200);
            e.HasIndex(p => new { p.PlanId, p.Code }).IsUnique();
            e.HasOne<Plan>().WithMany().HasForeignKey(p => p.PlanId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<PeriodReport>(e =>
        {
            e.ToTable("period_reports");
            e.Property(r => r.ModuleKey).HasMaxLength(50);
            e.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
            e.Property(r => r.Note).HasMaxLength(1000);
            e.Property(r => r.SubmittedBy).HasMaxLength(200);
            e.Property(r => r.ApprovedBy).HasMaxLength(200);
            e.Property(r => r.AcceptedBy).HasMaxLength(200);
            e.Property(r => r.ReturnReason).HasMaxLength(1000);
            e.Ignore(r => r.Locks);
            e.Ignore(r => r.IsSubmitted);
            e.HasIndex(r => new { r.PeriodId, r.UnitId, r.ModuleKey }).IsUnique();

            // The lock check asks for one unit and module.
            e.HasIndex(r => new { r.UnitId, r.ModuleKey });
            e.HasOne<ReportingPeriod>().WithMany().HasForeignKey(r => r.PeriodId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Unit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<PeriodReportStep>(e =>
        {
            e.ToTable("period_report_steps");
            e.Property(s => s.ModuleKey).HasMaxLength(50);
            e.Property(s => s.Action).HasConversion<string>().HasMaxLength(20);
            e.Property(s => s.FromState).HasConversion<string>().HasMaxLength(20);
            e.Property(s => s.ToState).HasConversion<string>().HasMaxLength(20);
            e.Property(s => s.By).HasMaxLength(200);
            e.Property(s => s.Note).HasMaxLength(1000);
            e.HasIndex(s => s.ReportId);
            e.HasOne<PeriodReport>().WithMany(r => r.Steps).HasForeignKey(s => s.ReportId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}

/// <summary>The core store on SQLite; owns the SQLite migrations.</summary>
public sealed class CoreSqliteDbContext(DbContextOptions<CoreSqliteDbContext> options) : CoreDbContext(options);

/// <summary>The core store on PostgreSQL; owns the PostgreSQL migrations.</summary>
public sealed class CorePostgresDbContext(DbContextOptions<CorePostgresDbContext> options) : CoreDbContext(options);

internal sealed class CoreSqliteDesignTimeFactory : SqliteDesignTimeFactory<CoreSqliteDbContext>;

internal sealed class CorePostgresDesignTimeFactory() : PostgresDesignTimeFactory<CorePostgresDbContext>(CoreStore.Key);
