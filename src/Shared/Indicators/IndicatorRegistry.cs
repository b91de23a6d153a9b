using Microsoft.EntityFrameworkCore;
using Modular.Shared.Data;

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
            var rows = await db.ReportedValues.AsNoTracking()
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

/// <summary>Indicator values at units, from each unit's own records.</summary>
public sealed class IndicatorValues
{
    private readonly Dictionary<(string IndicatorKey, int UnitId), double> _values = [];

    public void Add(string indicatorKey, int unitId, double value) =>
        _values[(indicatorKey, unitId)] = _values.GetValueOrDefault((indicatorKey, unitId)) + value;

    public double Own(string indicatorKey, int unitId) => _values.GetValueOrDefault((indicatorKey, unitId));

    /// <summary>Whether the unit has a value of its own (a reported stock of 0 is still a report).</summary>
    public bool Has(string indicatorKey, int unitId) => _values.ContainsKey((indicatorKey, unitId));
}
