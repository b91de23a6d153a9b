namespace Modular.Shared.Storage;

/// <summary>One write, as the audit trail keeps it: append-only, stored beside the data it describes.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public required string UserName { get; set; }

    public int? UnitId { get; set; }

    public string? ModuleKey { get; set; }

    /// <summary>"create", "update" or "delete".</summary>
    public required string Action { get; set; }

    /// <summary>What was written: the record kind, e.g. "ReportedValue".</summary>
    public required string Entity { get; set; }

    public required string EntityKey { get; set; }

    /// <summary>The values before the write, as JSON; null for a create.</summary>
    public string? Before { get; set; }

    /// <summary>The values after the write, as JSON; null for a delete.</summary>
    public string? After { get; set; }

    /// <summary>
    /// The record's own day (the day of the event it states), as the audit trail filters on it beside the day of
    /// writing: for one record, its day; for an import, its first and last records' days. Null when the record has no day.
    /// </summary>
    public DateOnly? RecordFrom { get; set; }

    /// <inheritdoc cref="RecordFrom"/>
    public DateOnly? RecordTo { get; set; }

    /// <summary>
    /// Every unit whose figures the write can move, as ids separated by commas: the units the records name (any
    /// property ending in <c>UnitId</c>) before and after the write, so a record moved to another unit, or a member
    /// who joined elsewhere, names both. Null when the entry names no unit. Not shown by the audit trail's readers:
    /// the progress engine reads it to recompute only these units (see <see cref="StoreChange"/>).
    /// </summary>
    public string? TouchedUnitIds { get; set; }
}

/// <summary>A record with a day of its own: its writes are audited with that day (see <see cref="AuditEntry.RecordFrom"/>).</summary>
public interface IDatedRecord
{
    /// <summary>The day of the event the record states, or today (or its last day, once past) for something kept up over a period.</summary>
    DateOnly WriteDay(DateOnly today);
}

/// <summary>A record that belongs to a unit: its writes are audited against that unit.</summary>
public interface IUnitOwned
{
    int UnitId { get; }
}

/// <summary>
/// A record only the reporters and managers of its own unit may read (victims of violence). Its audit entries keep
/// who, when, which unit and which record, but no values, so the audit trail cannot show it to anyone else.
/// Indicators still count such records, since counts identify no one.
/// </summary>
public interface IConfidentialRecord;
