using Modular.Shared.Storage;

namespace Modular.Shared.Indicators;

/// <summary>Where an indicator's numbers come from.</summary>
public enum IndicatorSource
{
    /// <summary>Computed by the module from its own records.</summary>
    Records,

    /// <summary>Reported as a number per unit and period through <c>reportValue</c>.</summary>
    Reported,
}

/// <summary>How values over several periods combine.</summary>
public enum IndicatorAggregation
{
    /// <summary>A flow: values of the periods inside the range add up (new members this year).</summary>
    Flow,

    /// <summary>A stock: the latest value at the end of the range counts (women aged 18+ living in the area).</summary>
    Stock,
}

/// <summary>Something a module measures, named by a key such as "economy.households-out-of-poverty".</summary>
public sealed record IndicatorDefinition(
    string Key,
    string Name,
    IndicatorSource Source,
    IndicatorAggregation Aggregation = IndicatorAggregation.Flow);

/// <summary>A bulk question to a module: the values of these indicators for every unit (or only <see cref="UnitIds"/>), over a date range.</summary>
public sealed record IndicatorQuery(IReadOnlyCollection<string> IndicatorKeys, DateOnly From, DateOnly To)
{
    /// <summary>
    /// Only the values of these units (the unit a value is counted at), to bring an evaluation up to date after writes
    /// that touched them; null for every unit. The values of a unit must not depend on whether others are asked too.
    /// </summary>
    public IReadOnlyCollection<int>? UnitIds { get; init; }
}

/// <summary>How indicator queries keep to the units a question asks for.</summary>
public static class IndicatorQueryExtensions
{
    /// <summary>The records counted at the units the query asks for (all of them when it names none).</summary>
    public static IQueryable<TRecord> AtUnits<TRecord>(this IQueryable<TRecord> records, IndicatorQuery query)
        where TRecord : IUnitOwned
    {
        if (query.UnitIds is null)
        {
            return records;
        }

        var units = query.UnitIds.ToList();
        return records.Where(r => units.Contains(r.UnitId));
    }
}

/// <summary>An indicator's value at one unit from that unit's own records (not its descendants': the engine rolls up).</summary>
public sealed record IndicatorValue(string IndicatorKey, int UnitId, double Value);

/// <summary>A module's indicators. Values are answered in bulk, one call for all units, never one query per unit.</summary>
public interface IIndicatorProvider
{
    string ModuleKey { get; }

    IReadOnlyList<IndicatorDefinition> Indicators { get; }

    /// <summary>Values of the requested record-based indicators at every unit that has records; units without records are left out.</summary>
    Task<IReadOnlyList<IndicatorValue>> GetValuesAsync(IndicatorQuery query, CancellationToken cancellationToken);
}
