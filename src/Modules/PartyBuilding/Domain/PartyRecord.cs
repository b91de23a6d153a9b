using Modular.Shared.Access;
using Modular.Shared.Storage;

namespace Modular.Modules.PartyBuilding.Domain;

/// <summary>What every record of the module has: the unit it belongs to and the day it counts on in progress.</summary>
internal abstract class PartyRecord : IUnitOwned
{
    public int Id { get; set; }

    public int UnitId { get; set; }

    /// <summary>The day the record counts on: a record counts towards a plan year when this day lies in the range asked for.</summary>
    public DateOnly Date { get; set; }

    /// <summary>The record's main texts folded (lower case, no accents) so lists can be searched without typing accents.</summary>
    public string SearchText { get; set; } = "";
}

/// <summary>The fields of a record as an officer writes them, for a create or an update.</summary>
internal interface IPartyRecordInput<in TRecord>
    where TRecord : PartyRecord
{
    string UnitCode { get; }

    /// <summary>The day the record counts on; the write is checked for that day (unit in force, module on).</summary>
    DateOnly Day { get; }

    /// <summary>Copies the cleaned values onto the record (its unit is set by the caller).</summary>
    void ApplyTo(TRecord record);

    /// <summary>Why the unit cannot hold this kind of record, or null when it can.</summary>
    string? RefuseUnit(UnitRef unit) => null;
}
