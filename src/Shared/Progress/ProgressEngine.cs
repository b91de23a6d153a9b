using Microsoft.EntityFrameworkCore;
using Modular.Shared.Data;
using Modular.Shared.Indicators;
using Modular.Shared.Modularity;
using Modular.Shared.Plans;
using Modular.Shared.Storage;
using Modular.Shared.Units;

namespace Modular.Shared.Progress;

/// <summary>
/// Computes target progress for a plan. Reads everything it needs in a fixed handful of queries (units, switches,
/// targets, allocations, milestones, reported values, one bulk call per module) and rolls up in memory, so a
/// dashboard costs the same number of queries whatever the number of units and targets.
/// </summary>
public sealed class ProgressEngine(
    IDbContextFactory<CoreDbContext> factory,
    UnitDirectory directory,
    IndicatorRegistry indicators,
    ModuleCatalog catalog,
    IEnumerable<IModuleStore> stores,
    ProgressCache cache,
    WriteSessions sessions,
    TimeProvider clock)
{
    /// <summary>Default as-of date: today, or the end of the plan year if that is earlier.</summary>
    public DateOnly DefaultAsOf(Plan plan)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        return today < plan.YearEnd ? today : plan.YearEnd;
    }

    /// <summary>
    /// Evaluates the plan's targets (optionally of one module) on a date, for every unit. An evaluation is reused
    /// while no store has been written since (each store's version is read first, a query of one row per store), so
    /// a write shows on the very next read and a dashboard nobody wrote to costs only those reads.
    /// </summary>
    public async Task<ProgressEvaluation> EvaluateAsync(Plan plan, string? moduleKey, DateOnly asOf, CancellationToken cancellationToken)
    {
        var versions = new List<long>();
        foreach (var store in stores.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            versions.Add(await store.VersionAsync(cancellationToken));
        }

        var question = new ProgressCache.Question(plan.Id, moduleKey, asOf);
        var stamp = string.Join(',', versions);
        if (cache.Find(question, stamp) is { } cached)
        {
            return cached;
        }

        var evaluation = await ComputeAsync(plan, moduleKey, asOf, cancellationToken);
        if (sessions.Current is not { HasWrites: true })
        {
            cache.Keep(question, stamp, evaluation); // never what a request saw of its own writes before they commit
        }

        return evaluation;
    }

    private async Task<ProgressEvaluation> ComputeAsync(Plan plan, string? moduleKey, DateOnly asOf, CancellationToken cancellationToken)
    {
        var tree = await directory.LoadTreeAsync(cancellationToken);
        var switches = await directory.LoadSwitchesAsync(cancellationToken);

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var targets = await db.Targets.AsNoTracking()
            .Where(t => t.PlanId == plan.Id && (moduleKey == null || t.ModuleKey == moduleKey))
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Id)
            .ToListAsync(cancellationToken);
        var targetIds = targets.Select(t => t.Id).ToList();
        var allocations = await db.GoalAllocations.AsNoTracking().Where(a => targetIds.Contains(a.TargetId)).ToListAsync(cancellationToken);
        var milestones = await db.MilestoneCompletions.AsNoTracking()
            .Where(m => targetIds.Contains(m.TargetId) && m.CompletedOn <= asOf)
            .ToListAsync(cancellationToken);

        var range = new IndicatorQuery(
            targets.SelectMany(t => new[] { t.IndicatorKey, t.DenominatorKey }).OfType<string>().Distinct().ToList(),
            plan.YearStart,
            asOf);
        var values = await indicators.GetValuesAsync(range, cancellationToken);

        return new ProgressEvaluation(plan, asOf, tree, switches, targets, allocations, milestones, values, catalog, indicators);
    }
}
