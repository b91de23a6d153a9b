using System.Linq.Expressions;
using Modular.Shared;
using Modular.Shared.Storage;

namespace Modular.Modules.Economy.Domain;

/// <summary>A record of the module: it belongs to one unit and is dated.</summary>
internal interface IEconomyRecord : IUnitOwned
{
    int Id { get; }

    new int UnitId { get; set; }

    /// <summary>
    /// The day a write of this record is checked against (unit in force, module switched on): the day of the event
    /// the record states, or today for a record that states how things stand now.
    /// </summary>
    DateOnly WriteDay(DateOnly today);
}

/// <summary>A record that may be written only once in a unit (the same household, the same cooperative).</summary>
internal interface IUniqueInUnit<TRecord>
{
    /// <summary>Other records of the same unit that are the same thing as this one.</summary>
    Expression<Func<TRecord, bool>> SameAsThis();

    /// <summary>The refusal when such a record exists.</summary>
    DomainException Duplicate();
}
