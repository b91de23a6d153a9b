using Modular.Shared.Access;

namespace Modular.Shared.Records;

/// <summary>What a write does to a record.</summary>
public enum RecordChange
{
    Create,
    Update,
    Delete,
}

/// <summary>
/// A write the record service is about to save, after validation, unit, access and module checks: the record as it
/// will be (as it was, for a delete), its unit and day, and for updates and deletes the unit and day it had before.
/// </summary>
public sealed record RecordWrite(
    string ModuleKey,
    RecordChange Change,
    UnitRecord Record,
    UnitRef Unit,
    DateOnly Day,
    UnitRef? PreviousUnit = null,
    DateOnly? PreviousDay = null);

/// <summary>
/// A rule every record write of every module passes before it is saved, single or in bulk (period locks, records
/// moved after a reorganisation). Register implementations in DI; refuse by throwing a <see cref="DomainException"/>.
/// </summary>
public interface IRecordWriteRule
{
    Task CheckAsync(RecordWrite write, CancellationToken cancellationToken);
}
