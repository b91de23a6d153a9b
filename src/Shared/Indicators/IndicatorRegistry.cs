using Microsoft.EntityFrameworkCore;
using Modular.Shared.Data;
using Modular.Shared.Storage;

namespace Modular.Shared.Indicators;

/// <summary>An indicator with the module that declares it.</summary>
public sealed record RegisteredIndicator(string ModuleKey, IndicatorDefinition Definition);

/// <summary>The indicators of the installed modules, and their values fetched in bulk (one call per module, one query for reported values).</summary>
public sealed class IndicatorRegistry
{
    private readonly IDbContextFactory<CoreDbContext> _factory;
    private readonly Dictionary<string, (IIndicatorProvider Provider, IndicatorDefinition Definition)> _byKey;

    public IndicatorRegistry(IEnumerable<IIndicatorProvider> providers, IDbContextFactory<CoreDbContext> factory)
    {
        _factory = factory;
        _byKey = [];
        foreach (var provider in providers)
        {
            foreach (var definition in provider.Indicators)
            {
                if (!_byKey.TryAdd(definition.Key, (provider, definition)))
                {
                    throw new InvalidOperationException($"Indicator '{definition.Key}' is declared twice.");
                }
            }
        }
    }

    public IEnumerable<RegisteredIndicator> All => _byKey.Values.Select(v => new RegisteredIndicator(v.Provider.ModuleKey, v.Definition));

    public RegisteredIndicator? Find(string key) =>
        _byKey.TryGetValue(key, out var entry) ? new RegisteredIndicator(entry.Provider.ModuleKey, entry.Definition) : null;

    public async Task<IndicatorValues> GetValuesAsync(IndicatorQuery query, CancellationToken cancellationToken)
    {
        var known = query.IndicatorKeys.Where(_byKey.ContainsKey).ToList();
        var values = new IndicatorValues();

        foreach (var group in known.Where(k => _byKey[k].Definition.Source == IndicatorSource.Records).GroupBy(k => _byKey[k].Provider))
        {
            var answer = await group.Key.GetValuesAsync(query with { IndicatorKeys = group.ToList() }, cancellationToken);
            foreach (var value in answer)
            {
                values.Add(value.IndicatorKey, value.UnitId, value.Value);
            }
        }

        var reported = known.Where(k => _byKey[k].Definition.Source == IndicatorSource.Reported).ToList();
        if (reported.Count > 0)
        {
            await using var db = await _factory.CreateDbContextAsync(cancellationToken);
            var rows = await db.ReportedValues.AsNoTracking().AtUnits(query)
                .Where(r => reported.Contains(r.IndicatorKey) && r.SupersededAt == null && r.PeriodStart <= query.To && r.PeriodEnd >= query.From)
                .Select(r => new { r.IndicatorKey, r.UnitId, r.PeriodStart, r.Value })
                .ToListAsync(cancellationToken);
            foreach (var byIndicator in rows.GroupBy(r => r.IndicatorKey))
            {
                var stock = _byKey[byIndicator.Key].Definition.Aggregation == IndicatorAggregation.Stock;
                foreach (var byUnit in byIndicator.GroupBy(r => r.UnitId))
                {
                    var value = stock
                        ? byUnit.MaxBy(r => r.PeriodStart)!.Value
                        : byUnit.Where(r => r.PeriodStart >= query.From).Sum(r => r.Value);
                    values.Add(byIndicator.Key, byUnit.Key, value);
                }
            }
        }

        return values;
    }
}

/// <summary>
/// Indicator values at units, from each unit's own records. Filled once by <see cref="IndicatorRegistry"/>, then only
/// read: a newer set shares the indicators a write did not touch with the set it was made from (<see cref="With"/>).
/// </summary>
public sealed class IndicatorValues
{
    private static readonly Dictionary<int, double> NoValues = [];

    private readonly Dictionary<string, Dictionary<int, double>> _byKey;

    public IndicatorValues() => _byKey = new(StringComparer.Ordinal);

    private IndicatorValues(Dictionary<string, Dictionary<int, double>> byKey) => _byKey = byKey;

    public void Add(string indicatorKey, int unitId, double value)
    {
        if (!_byKey.TryGetValue(indicatorKey, out var units))
        {
            _byKey[indicatorKey] = units = [];
        }

        units[unitId] = units.GetValueOrDefault(unitId) + value;
    }

    public double Own(string indicatorKey, int unitId) => Of(indicatorKey).GetValueOrDefault(unitId);

    /// <summary>Whether the unit has a value of its own (a reported stock of 0 is still a report).</summary>
    public bool Has(string indicatorKey, int unitId) => Of(indicatorKey).ContainsKey(unitId);

    /// <summary>
    /// These values with those of <paramref name="fresh"/> in place of the ones it was read for: for each indicator
    /// in <paramref name="renewed"/>, the values of the units listed (every unit, when the list is null).
    /// Indicators not renewed are shared, not copied.
    /// </summary>
    internal IndicatorValues With(IndicatorValues fresh, IReadOnlyDictionary<string, IReadOnlySet<int>?> renewed)
    {
        var byKey = new Dictionary<string, Dictionary<int, double>>(_byKey, StringComparer.Ordinal);
        foreach (var (key, units) in renewed)
        {
            var merged = units is null ? [] : Of(key).Where(v => !units.Contains(v.Key)).ToDictionary();
            foreach (var (unitId, value) in fresh.Of(key))
            {
                merged[unitId] = value;
            }

            byKey[key] = merged;
        }

        return new IndicatorValues(byKey);
    }

    private Dictionary<int, double> Of(string indicatorKey) => _byKey.GetValueOrDefault(indicatorKey) ?? NoValues;
}
