using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Modular.Shared.Records;

namespace Modular.Shared.Storage;

/// <summary>Base of every store's DbContext: on PostgreSQL its tables live in a schema named by the store key; every store keeps its own audit trail.</summary>
public abstract class StoreDbContext(DbContextOptions options, string storeKey) : DbContext(options)
{
    /// <summary>The store key: the module key, or "core" for the shared tables.</summary>
    public string StoreKey { get; } = storeKey;

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        if (Database.IsNpgsql())
        {
            modelBuilder.HasDefaultSchema(StoreKey);
        }

        modelBuilder.Entity<AuditEntry>(e =>
        {
            e.ToTable("audit_entries");
            e.Property(a => a.UserName).HasMaxLength(200);
            e.Property(a => a.ModuleKey).HasMaxLength(50);
            e.Property(a => a.Action).HasMaxLength(20);
            e.Property(a => a.Entity).HasMaxLength(100);
            e.Property(a => a.EntityKey).HasMaxLength(100);
            e.HasIndex(a => a.At);
            e.HasIndex(a => a.UnitId);
        });

        ConfigureModel(modelBuilder);
        RecordConventions.Apply(modelBuilder);
    }

    /// <summary>
    /// Set for a write that one audit entry of its own stands for (a reorganisation): the audit interceptor then adds
    /// no entry per record. The writer adds that entry in the same transaction, and clears the flag when done: contexts
    /// are pooled.
    /// </summary>
    public bool AuditedAsOne { get; set; }

    /// <summary>
    /// Marks the records added in the next save as one bulk import: the audit trail gets a single "import" entry
    /// (what, how many, the label) instead of one entry per record. For demo data and data migrations.
    /// </summary>
    public void RecordImport(string entity, int count, string label, int? unitId = null) =>
        AuditEntries.Add(new AuditEntry
        {
            At = default, // stamped with the clock and the user by the audit interceptor
            UserName = string.Empty,
            UnitId = unitId,
            ModuleKey = StoreKey == CoreStore.Key ? null : StoreKey,
            Action = AuditInterceptor.ImportAction,
            Entity = entity,
            EntityKey = $"{count}",
            After = System.Text.Json.JsonSerializer.Serialize(new { count, label }),
        });

    /// <summary>
    /// The one audit entry of an imported file, beside the entries of the records it wrote: who, when, the unit she
    /// imports for, the file's name and SHA-256 (<see cref="AuditEntry.EntityKey"/>) and what became of its rows.
    /// </summary>
    public void RecordFileImport(Transfer.FileAudit file) =>
        AuditEntries.Add(new AuditEntry
        {
            At = default, // stamped with the clock and the user by the audit interceptor
            UserName = string.Empty,
            UnitId = file.UnitId,
            ModuleKey = StoreKey == CoreStore.Key ? null : StoreKey,
            Action = AuditInterceptor.ImportAction,
            Entity = file.Entity,
            EntityKey = file.Sha256,
            After = System.Text.Json.JsonSerializer.Serialize(
                new { file = file.File, sha256 = file.Sha256, rows = file.Rows, created = file.Created, updated = file.Updated, unchanged = file.Unchanged, refused = file.Refused },
                AuditInterceptor.Json),
        });

    /// <summary>The store's entities; the same model on every provider.</summary>
    protected abstract void ConfigureModel(ModelBuilder modelBuilder);

    // DateTimeOffset cannot be ordered or compared by SQLite; store it as UTC ticks there so audit queries by date work.
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }
}
