using Microsoft.EntityFrameworkCore;
using Modular.Shared.Data;
using Modular.Shared.Indicators;
using Modular.Shared.Modularity;
using Modular.Shared.Plans;
using Modular.Shared.Storage;
using Modular.Shared.Units;

namespace Modular.Shared.Progress;

/// <summary>
/// Computes target progress for a plan. A first evaluation reads everything it needs in a fixed handful of queries
/// (units, switches, targets, allocations, milestones, reported values, one bulk call per module) and rolls up in
/// memory. It is kept, and each later read brings it up to date from the stores' change feeds: only the indicator
/// values of the units the writes since touched are read again, and only their memo entries and their ancestors'
/// totals are worked out again. Writes to units, plans or targets (or to a table the engine does not know) make it
/// start afresh.
/// </summary>
public sealed class ProgressEngine(
    IDbContextFactory<CoreDbContext> factory,
    UnitDirectory directory,
    UnitSnapshots snapshots,
    IndicatorRegistry indicators,
    ModuleCatalog catalog,
    IEnumerable<IModuleStore> stores,
    ProgressCache cache,
    WriteSessions sessions,
    TimeProvider clock)
{
    /// <summary>Beyond this many units touched in one store, its indicators are read again for every unit.</summary>
    private const int MostUnitsToRenew = 1000;

    /// <summary>Default as-of date: today, or the end of the plan year if that is earlier.</summary>
    public DateOnly DefaultAsOf(Plan plan)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        return today < plan.YearEnd ? today : plan.YearEnd;
    }

    /// <summary>
    /// Evaluates the plan's targets (optionally of one module) on a date, for every unit. The kept evaluation is
    /// brought up to date first (a query of the newest audit entries per store when nothing was written), so a write
    /// shows on the very next read, from this host or another one on the same database.
    /// </summary>
    public async Task<ProgressEvaluation> EvaluateAsync(Plan plan, string? moduleKey, DateOnly asOf, CancellationToken cancellationToken)
    {
        if (sessions.Current is { HasWrites: true })
        {
            // The request's own writes are not committed yet: computed from its session, and never kept.
            var tree = await directory.LoadTreeAsync(cancellationToken);
            return await ComputeAsync(plan, moduleKey, asOf, tree, await directory.LoadSwitchesAsync(cancellationToken), cancellationToken);
        }

        return await sessions.CommittedAsync(() => UpToDateAsync(plan, moduleKey, asOf, cancellationToken));
    }

    private async Task<ProgressEvaluation> UpToDateAsync(Plan plan, string? moduleKey, DateOnly asOf, CancellationToken cancellationToken)
    {
        var question = new ProgressCache.Question(plan.Id, moduleKey, asOf);
        if (cache.Find(question) is not { } kept)
        {
            var versions = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var store in stores)
            {
                versions[store.Key] = await store.VersionAsync(cancellationToken);
            }

            var evaluation = await ComputeCommittedAsync(plan, moduleKey, asOf, cancellationToken);
            cache.Keep(question, versions, evaluation);
            return evaluation;
        }

        var changes = new List<StoreChanges>();
        foreach (var store in stores)
        {
            changes.Add(await store.ChangesAsync(kept.Versions.GetValueOrDefault(store.Key), cancellationToken));
        }

        if (changes.All(c => c.None))
        {
            return kept.Evaluation;
        }

        var next = await BringForwardAsync(kept.Evaluation, changes, cancellationToken) ?? await ComputeCommittedAsync(plan, moduleKey, asOf, cancellationToken);
        cache.Keep(question, changes.ToDictionary(c => c.StoreKey, c => c.Version, StringComparer.Ordinal), next);
        return next;
    }

    /// <summary>From scratch, on the committed tree as of now: read after the versions it is kept with, so it holds at least what they say.</summary>
    private async Task<ProgressEvaluation> ComputeCommittedAsync(Plan plan, string? moduleKey, DateOnly asOf, CancellationToken cancellationToken)
    {
        var snapshot = await snapshots.CurrentAsync(cancellationToken);
        return await ComputeAsync(plan, moduleKey, asOf, snapshot.Tree, snapshot.Switches, cancellationToken);
    }

    private async Task<ProgressEvaluation> ComputeAsync(
        Plan plan, string? moduleKey, DateOnly asOf, UnitTree tree, ModuleSwitchSet switches, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var targets = await db.Targets.AsNoTracking()
            .Where(t => t.PlanId == plan.Id && (moduleKey == null || t.ModuleKey == moduleKey))
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Id)
            .ToListAsync(cancellationToken);
        var (allocations, milestones) = await GoalsAsync(db, targets, asOf, cancellationToken);
        var keys = targets.SelectMany(t => new[] { t.IndicatorKey, t.DenominatorKey }).OfType<string>().Distinct().ToList();
        var values = await indicators.GetValuesAsync(new IndicatorQuery(keys, plan.YearStart, asOf), cancellationToken);

        return new ProgressEvaluation(new ProgressInputs(plan, asOf, tree, switches, targets, allocations, milestones, values), catalog, indicators);
    }

    /// <summary>
    /// The evaluation after the writes listed: the values of the units they touched read again, switches, allocations
    /// and milestones read again when written. Null when the writes changed what a whole evaluation stands on (units,
    /// plans, targets, something unknown, or more writes than a feed lists): then it is computed afresh.
    /// </summary>
    private async Task<ProgressEvaluation?> BringForwardAsync(ProgressEvaluation kept, IReadOnlyList<StoreChanges> changes, CancellationToken cancellationToken)
    {
        var inputs = kept.Inputs;
        var core = CoreChange.None;
        var touched = new List<(IReadOnlyList<string> Keys, HashSet<int>? Units)>();
        foreach (var store in changes.Where(c => !c.None))
        {
            if (store.Changes is null)
            {
                return null;
            }

            if (store.StoreKey == CoreStore.Key)
            {
                core = CoreChanges.Of(store);
                if ((core & ~(CoreChange.Switches | CoreChange.Allocations | CoreChange.Milestones | CoreChange.ReportedValues)) != 0)
                {
                    return null;
                }

                var reported = store.Changes.Where(c => c.Entity == nameof(ReportedValue)).ToList();
                touched.Add((inputs.IndicatorKeys.Where(k => indicators.Find(k)?.Definition.Source == IndicatorSource.Reported).ToList(), UnitsOf(reported)));
            }
            else if (catalog.IsInstalled(store.StoreKey))
            {
                touched.Add((inputs.IndicatorKeys.Where(k => indicators.Find(k) is { Definition.Source: IndicatorSource.Records } i && i.ModuleKey == store.StoreKey).ToList(), UnitsOf(store.Changes)));
            }
            else
            {
                return null; // a store whose writes no module's indicators answer for
            }
        }

        var renewed = new Dictionary<string, IReadOnlySet<int>?>(StringComparer.Ordinal);
        var values = inputs.Values;
        foreach (var (keys, units) in touched.Where(t => t.Keys.Count > 0 && t.Units is not { Count: 0 }))
        {
            var query = new IndicatorQuery(keys, inputs.Plan.YearStart, inputs.AsOf) { UnitIds = units };
            var part = keys.ToDictionary(k => k, _ => (IReadOnlySet<int>?)units, StringComparer.Ordinal);
            values = values.With(await indicators.GetValuesAsync(query, cancellationToken), part);
            foreach (var (key, set) in part)
            {
                renewed[key] = set;
            }
        }

        var switches = core.HasFlag(CoreChange.Switches) ? (await snapshots.CurrentAsync(cancellationToken)).Switches : inputs.Switches;
        var (allocations, milestones) = (inputs.Allocations, inputs.Completions);
        if ((core & (CoreChange.Allocations | CoreChange.Milestones)) != 0)
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            (allocations, milestones) = await GoalsAsync(db, inputs.Targets, inputs.AsOf, cancellationToken);
        }

        if (renewed.Count == 0 && core == CoreChange.None)
        {
            return kept; // nothing this question reads was written
        }

        return new ProgressEvaluation(
            inputs with { Switches = switches, Allocations = allocations, Completions = milestones, Values = values },
            catalog,
            indicators,
            kept,
            new Renewal(renewed, core.HasFlag(CoreChange.Switches), core.HasFlag(CoreChange.Milestones)));
    }

    /// <summary>The units the writes touched; null for every unit (a write that names none, or too many to list).</summary>
    private static HashSet<int>? UnitsOf(IEnumerable<StoreChange> changes)
    {
        var units = new HashSet<int>();
        foreach (var change in changes)
        {
            if (change.Units is null)
            {
                return null;
            }

            units.UnionWith(change.Units);
            if (units.Count > MostUnitsToRenew)
            {
                return null;
            }
        }

        return units;
    }

    private static async Task<(IReadOnlyList<GoalAllocation> Allocations, IReadOnlyList<MilestoneCompletion> Milestones)> GoalsAsync(
        CoreDbContext db, IReadOnlyList<Target> targets, DateOnly asOf, CancellationToken cancellationToken)
    {
        var targetIds = targets.Select(t => t.Id).ToList();
        var allocations = await db.GoalAllocations.AsNoTracking().Where(a => targetIds.Contains(a.TargetId)).ToListAsync(cancellationToken);
        var milestones = await db.MilestoneCompletions.AsNoTracking()
            .Where(m => targetIds.Contains(m.TargetId) && m.CompletedOn <= asOf)
            .ToListAsync(cancellationToken);
        return (allocations, milestones);
    }
}
