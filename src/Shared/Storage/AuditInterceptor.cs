using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage;

namespace Modular.Shared.Storage;

/// <summary>Who is writing: the signed-in user's name, or "system" for start-up work.</summary>
public interface IAuditActor
{
    string CurrentUserName { get; }
}

/// <summary>Marks what the audit trail must never show.</summary>
public static class AuditModelExtensions
{
    internal const string KeptOut = "Modular:KeptOutOfAudit";

    /// <summary>The property's value is left out of the audit entry's before and after (secrets such as password hashes).</summary>
    public static PropertyBuilder<T> IsKeptOutOfAudit<T>(this PropertyBuilder<T> property) => property.HasAnnotation(KeptOut, true);
}

/// <summary>
/// Appends an audit entry for every written record, in the same transaction as the write. Keys of new records
/// are only known after the insert, so the entries are added by a second save inside that transaction.
/// </summary>
public sealed class AuditInterceptor(IAuditActor actor, TimeProvider clock) : SaveChangesInterceptor
{
    /// <summary>The action of an audit entry that stands for a bulk import.</summary>
    public const string ImportAction = "import";

    // Enums by name, so an entry reads "Role": "Manager" rather than a number.
    internal static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Converters = { new JsonStringEnumConverter() } };

    private readonly ConditionalWeakTable<DbContext, PendingAudit> _pending = [];

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is StoreDbContext db && !_pending.TryGetValue(db, out _))
        {
            foreach (var import in db.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added && e.Entity.Action == ImportAction).ToList())
            {
                import.Entity.At = clock.GetUtcNow();
                import.Entity.UserName = actor.CurrentUserName;
                PerUnit(db, import, DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
            }

            var changes = Capture(db);
            var inCommitOrder = db.Database.IsNpgsql() && db.ChangeTracker.HasChanges();
            if (changes.Count > 0 || inCommitOrder)
            {
                var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
                _pending.Add(db, new PendingAudit(changes, transaction));
                if (inCommitOrder)
                {
                    await WritesInCommitOrderAsync(db, cancellationToken);
                }
            }
        }

        return result;
    }

    /// <summary>
    /// On PostgreSQL, makes the writes of the database take turns, from a transaction's first save to its commit, so
    /// that audit entry ids are handed out in the order their transactions commit. A reader that has seen the entries
    /// up to an id has then seen every entry below it for ever: store versions and the progress engine's "changes
    /// since" rely on it (see <see cref="IModuleStore.ChangesAsync"/>). SQLite gives the same order by itself: one
    /// writer per file. The lock is taken before the transaction's first write, so it never waits while holding
    /// another writer's row.
    /// </summary>
    private static async Task WritesInCommitOrderAsync(StoreDbContext db, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(20251231)", cancellationToken);

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is StoreDbContext db && _pending.TryGetValue(db, out var pending) && !pending.Writing)
        {
            pending.Writing = true;
            try
            {
                if (pending.Changes.Count > 0)
                {
                    var now = clock.GetUtcNow();
                    var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
                    db.Set<AuditEntry>().AddRange(pending.Changes.Select(c => c.ToEntry(actor.CurrentUserName, now, today, db.StoreKey)));
                    await db.SaveChangesAsync(cancellationToken);
                }

                if (pending.Transaction is not null)
                {
                    await pending.Transaction.CommitAsync(cancellationToken);
                }
            }
            finally
            {
                await EndAsync(db, pending);
            }
        }

        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is StoreDbContext db && _pending.TryGetValue(db, out var pending) && !pending.Writing)
        {
            await EndAsync(db, pending);
        }
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        eventData.Context is StoreDbContext db && Capture(db).Count > 0
            ? throw new InvalidOperationException("Store writes must use SaveChangesAsync so they are audited.")
            : result;

    private async Task EndAsync(StoreDbContext db, PendingAudit pending)
    {
        _pending.Remove(db);
        if (pending.Transaction is not null)
        {
            await pending.Transaction.DisposeAsync();
        }
    }

    /// <summary>
    /// An import that names no unit, of records that belong to units, becomes one import entry per unit with that
    /// unit's count, so that each unit's managers find in the trail what was imported for their units.
    /// </summary>
    private static void PerUnit(StoreDbContext db, EntityEntry<AuditEntry> import, DateOnly today)
    {
        var entry = import.Entity;
        var touched = TouchedUnits(db);
        entry.TouchedUnitIds = touched.Count > 0 && touched.All(id => id > 0) ? UnitList(touched) : null;
        if (entry.UnitId is not null)
        {
            return;
        }

        var units = db.ChangeTracker.Entries()
            .Where(e => e.State == EntityState.Added && e.Entity is IUnitOwned && e.Entity.GetType().Name == entry.Entity)
            .GroupBy(e => ((IUnitOwned)e.Entity).UnitId)
            .Select(g => (
                UnitId: g.Key,
                Count: g.Count(),
                Days: g.Select(e => e.Entity).OfType<IDatedRecord>().Select(r => r.WriteDay(today)).ToList(),
                Touched: g.SelectMany(e => UnitsNamed(e, original: false)).ToHashSet()))
            .ToList();
        if (units.Count == 0 || units.Any(u => u.UnitId <= 0))
        {
            return; // nothing owned by a unit, or new units whose ids the insert has yet to give
        }

        // Units the import's other changes name (records it corrects, say) go with its first entry, so every unit it touched is named once at least.
        units[0].Touched.UnionWith(touched.Except(units.SelectMany(u => u.Touched)));

        using var after = JsonDocument.Parse(entry.After ?? "{}");
        var label = after.RootElement.TryGetProperty("label", out var l) ? l.GetString() : null;
        import.State = EntityState.Detached;
        db.Set<AuditEntry>().AddRange(units.Select(u => new AuditEntry
        {
            At = entry.At,
            UserName = entry.UserName,
            UnitId = u.UnitId,
            ModuleKey = entry.ModuleKey,
            Action = ImportAction,
            Entity = entry.Entity,
            EntityKey = $"{u.Count}",
            After = JsonSerializer.Serialize(new { count = u.Count, label }, Json),
            RecordFrom = u.Days.Count == 0 ? null : u.Days.Min(),
            RecordTo = u.Days.Count == 0 ? null : u.Days.Max(),
            TouchedUnitIds = UnitList(u.Touched),
        }));
    }

    /// <summary>Every unit the save's changes name, before and after.</summary>
    private static HashSet<int> TouchedUnits(StoreDbContext db) =>
        db.ChangeTracker.Entries()
            .Where(e => e.Entity is not AuditEntry && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .SelectMany(e => e.State == EntityState.Added ? UnitsNamed(e, original: false) : UnitsNamed(e, original: true).Concat(UnitsNamed(e, original: false)))
            .ToHashSet();

    /// <summary>The units a record names: its own (<see cref="IUnitOwned"/>) and any other property ending in <c>UnitId</c> (where a member joined).</summary>
    private static IEnumerable<int> UnitsNamed(EntityEntry entry, bool original)
    {
        foreach (var property in entry.Properties)
        {
            if (property.Metadata.Name.EndsWith("UnitId", StringComparison.Ordinal) && (original ? property.OriginalValue : property.CurrentValue) is int id)
            {
                yield return id;
            }
        }

        if (!original && entry.Entity is IUnitOwned owned)
        {
            yield return owned.UnitId;
        }
    }

    private static string? UnitList(IEnumerable<int> units)
    {
        var ids = units.Distinct().Order().ToList();
        return ids.Count == 0 ? null : string.Join(',', ids);
    }

    private static List<Change> Capture(StoreDbContext db) =>
        db.AuditedAsOne || db.ChangeTracker.Entries<AuditEntry>().Any(e => e.State == EntityState.Added && e.Entity.Action == ImportAction)
            ? [] // a bulk import: its own import entry stands for the records
            : db.ChangeTracker.Entries()
            .Where(e => e.Entity is not AuditEntry && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => new Change(
                e,
                e.State,
                e.State == EntityState.Added || e.Entity is IConfidentialRecord ? null : Values(e, original: true),
                e.State == EntityState.Added ? [] : UnitsNamed(e, original: true).ToList()))
            .ToList();

    private static string Values(EntityEntry entry, bool original)
    {
        var values = entry.Properties
            .Where(p => p.Metadata.FindAnnotation(AuditModelExtensions.KeptOut) is null)
            .ToDictionary(p => p.Metadata.Name, p => original ? p.OriginalValue : p.CurrentValue);
        return JsonSerializer.Serialize(values, Json);
    }

    private sealed record Change(EntityEntry Entry, EntityState State, string? Before, IReadOnlyList<int> UnitsBefore)
    {
        public AuditEntry ToEntry(string user, DateTimeOffset at, DateOnly today, string storeKey)
        {
            var entity = Entry.Entity;
            var key = string.Join("/", Entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Entry.Property(p.Name).CurrentValue));
            var moduleKey = entity.GetType().GetProperty("ModuleKey")?.GetValue(entity) as string ?? (storeKey == CoreStore.Key ? null : storeKey);
            return new AuditEntry
            {
                At = at,
                UserName = user,
                UnitId = (entity as IUnitOwned)?.UnitId,
                ModuleKey = moduleKey,
                Action = State switch { EntityState.Added => "create", EntityState.Deleted => "delete", _ => "update" },
                Entity = entity.GetType().Name,
                EntityKey = key,
                Before = Before,
                After = State == EntityState.Deleted || entity is IConfidentialRecord ? null : Values(Entry, original: false),
                RecordFrom = (entity as IDatedRecord)?.WriteDay(today),
                RecordTo = (entity as IDatedRecord)?.WriteDay(today),
                TouchedUnitIds = UnitList(UnitsBefore.Concat(UnitsNamed(Entry, original: false))),
            };
        }
    }

    private sealed class PendingAudit(List<Change> changes, IDbContextTransaction? transaction)
    {
        public List<Change> Changes { get; } = changes;

        public IDbContextTransaction? Transaction { get; } = transaction;

        public bool Writing { get; set; }
    }
}
