namespace Modular.Shared.Storage;

/// <summary>One store (a module's, or the core's): migrated at start-up and probed by the health check.</summary>
public interface IModuleStore
{
    string Key { get; }

    /// <summary>Start-up order: the core store first, then modules.</summary>
    int Order { get; }

    Task MigrateAsync(CancellationToken cancellationToken);

    Task<bool> CanConnectAsync(CancellationToken cancellationToken);

    /// <summary>
    /// A number that changes with every committed write to the store: the newest audit entry's id, since every write
    /// appends one in its own transaction. Lets readers reuse what they computed while nothing was written.
    /// </summary>
    Task<long> VersionAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The writes committed since <paramref name="version"/> (a <see cref="VersionAsync"/> answer), oldest first, with
    /// the store's version after them: the change feed readers bring what they keep up to date with. At most
    /// <see cref="StoreChanges.Limit"/> are listed; beyond that <see cref="StoreChanges.Changes"/> is null (too many to
    /// say: take everything as changed). Ids are handed out in commit order, so nothing committed later can appear below
    /// a version once read.
    /// </summary>
    Task<StoreChanges> ChangesAsync(long version, CancellationToken cancellationToken);

    /// <summary>Whether the store holds an import entry of the entity whose label is <paramref name="label"/> (committed ones only).</summary>
    Task<bool> HasImportAsync(string entity, string label, CancellationToken cancellationToken);

    /// <summary>Appends an import entry without records, as a marker, in the current write session if there is one.</summary>
    Task RecordImportAsync(string entity, int count, string label, CancellationToken cancellationToken);

    /// <summary>Migrations in the code that the database has not applied.</summary>
    Task<IReadOnlyList<string>> PendingMigrationsAsync(CancellationToken cancellationToken);

    /// <summary>The store's audit entries that match, newest first, at most <see cref="AuditFilter.Take"/>, with how many match in all.</summary>
    Task<AuditSlice> ReadAuditAsync(AuditFilter filter, CancellationToken cancellationToken);
}

/// <summary>
/// Which audit entries to read from one store. <see cref="UnitIds"/> null means every unit; entries that name no
/// unit (plans, targets) only come with <see cref="IncludeWithoutUnit"/>. <see cref="From"/> is inclusive,
/// <see cref="Before"/> exclusive: both about the time of writing; <c>RecordFrom</c> and <c>RecordTo</c> about the
/// record's own days, inclusive.
/// </summary>
public sealed record AuditFilter(
    IReadOnlyCollection<int>? UnitIds,
    bool IncludeWithoutUnit,
    string? ModuleKey,
    string? UserName,
    DateTimeOffset? From,
    DateTimeOffset? Before,
    int Take)
{
    /// <summary>Entries whose record's own days reach this day or later (see <see cref="AuditEntry.RecordFrom"/>).</summary>
    public DateOnly? RecordFrom { get; init; }

    /// <summary>Entries whose record's own days start on this day or earlier.</summary>
    public DateOnly? RecordTo { get; init; }
}

/// <summary>The newest matching entries of one store, and how many match there in all.</summary>
public sealed record AuditSlice(string StoreKey, IReadOnlyList<AuditEntry> Entries, int TotalCount);

/// <summary>Work a store does once after its migrations, such as seeding reference data.</summary>
public interface IStoreInitializer
{
    string StoreKey { get; }

    Task InitializeAsync(CancellationToken cancellationToken);
}

/// <summary>What a store committed after a version: the new version and the writes, or null when there were too many to list.</summary>
public sealed record StoreChanges(string StoreKey, long Version, IReadOnlyList<StoreChange>? Changes)
{
    /// <summary>How many writes a feed lists at most; more than that and a reader recomputes what it keeps.</summary>
    public const int Limit = 2000;

    public bool None => Changes is { Count: 0 };
}

/// <summary>One write in a store's change feed: the audit entry's id, what was written, and the units it touched (null: not known, take every unit).</summary>
public sealed record StoreChange(long Id, string Entity, string Action, IReadOnlyList<int>? Units)
{
    internal static StoreChange From(long id, string entity, string action, int? unitId, string? touchedUnitIds) => new(
        id,
        entity,
        action,
        touchedUnitIds is not null ? touchedUnitIds.Split(',').Select(int.Parse).ToList()
        : unitId is { } unit ? [unit]
        : null);
}
