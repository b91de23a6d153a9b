using System.Linq.Expressions;
using Modular.Shared.Access;
using Modular.Shared.Storage;

namespace Modular.Shared.Records;

/// <summary>A record a module keeps for one unit: what the record service checks, writes and lists for every module.</summary>
public abstract class UnitRecord : IUnitOwned
{
    public int Id { get; set; }

    public int UnitId { get; set; }

    /// <summary>The record's texts folded (lower case, no accents), kept by the record service for accent-free search.</summary>
    public string SearchText { get; set; } = "";

    /// <summary>
    /// The day a write of the record is checked against (unit in force, module on): the day of the event the record
    /// states, or today (or its last day, once past) for something kept up over a period.
    /// </summary>
    public abstract DateOnly WriteDay(DateOnly today);

    /// <summary>The texts a list's <c>search</c> looks in.</summary>
    public abstract IEnumerable<string?> SearchedTexts();
}

/// <summary>How lists of a record kind read: the day they sort by, newest first, and which records a date range holds.</summary>
public interface IListedRecord<TRecord>
    where TRecord : UnitRecord, IListedRecord<TRecord>
{
    /// <summary>The record's main day: lists sort by it, newest first.</summary>
    static abstract Expression<Func<TRecord, DateOnly>> ListedOn { get; }

    /// <summary>The records that fall in from..to, both days included: by default those whose main day does.</summary>
    static virtual Expression<Func<TRecord, bool>> During(DateOnly from, DateOnly to) => RecordDates.Between(TRecord.ListedOn, from, to);
}

/// <summary>The fields of a record as a user writes them, for a create or an update, named by its unit's code.</summary>
public interface IRecordInput<in TRecord>
    where TRecord : UnitRecord
{
    string UnitCode { get; }

    /// <summary>Copies the cleaned, validated values onto the record (its unit is set by the record service).</summary>
    void ApplyTo(TRecord record);

    /// <summary>Why the unit cannot hold this kind of record (a level that does not keep it), or null when it can.</summary>
    string? RefuseUnit(UnitRef unit) => null;
}

/// <summary>A record kind with a natural key: no two records of one unit may be the same thing (the same household, case code).</summary>
public interface IUniqueInUnit<TRecord>
    where TRecord : UnitRecord
{
    /// <summary>Whether another record is the same thing as this one; the service limits it to this record's unit and leaves this record out.</summary>
    Expression<Func<TRecord, bool>> SameThing();

    /// <summary>The refusal when such a record exists: the message names the thing, the field is the input's key field.</summary>
    DomainException Duplicate();
}

/// <summary>Helpers for record kinds' date rules.</summary>
public static class RecordDates
{
    /// <summary>The records whose <paramref name="day"/> lies in from..to, both included.</summary>
    public static Expression<Func<TRecord, bool>> Between<TRecord>(Expression<Func<TRecord, DateOnly>> day, DateOnly from, DateOnly to) =>
        Expression.Lambda<Func<TRecord, bool>>(
            Expression.AndAlso(
                Expression.GreaterThanOrEqual(day.Body, Expression.Constant(from)),
                Expression.LessThanOrEqual(day.Body, Expression.Constant(to))),
            day.Parameters);

    /// <summary>Today, or the last day of something kept up over a period once that day has passed.</summary>
    public static DateOnly TodayOrLastDay(DateOnly? lastDay, DateOnly today) => lastDay is { } last && last < today ? last : today;
}
