using System.Collections.Concurrent;
using Modular.Shared.Indicators;
using Modular.Shared.Modularity;
using Modular.Shared.Plans;
using Modular.Shared.Units;

namespace Modular.Shared.Progress;

/// <summary>
/// Progress of a set of targets at every unit on one date, computed in memory from values already loaded.
/// The rules (ARCHITECTURE.md, "Targets and progress") live here and only here:
/// a unit's value is its own contribution (when its level is among the target's levels) plus its children's values,
/// the same way at every level; records of units whose level rolls up (branches) count as their parent's.
/// Across a reorganisation the tree is the one in force on the as-of date, and the work of a unit that closed
/// before it counts for the unit it went into (<see cref="UnitTree.CountsFor"/>): flows and record counts add up,
/// a reported stock is the unit's own latest value or, before its first own report, the sum of its predecessors'.
/// </summary>
public sealed class ProgressEvaluation
{
    private const double Tolerance = 1e-9;

    private readonly Plan _plan;
    private readonly UnitTree _tree;
    private readonly ModuleSwitchSet _switches;
    private readonly IndicatorValues _values;
    private readonly ModuleCatalog _catalog;
    private readonly IndicatorRegistry _indicators;
    private readonly Dictionary<(int TargetId, int UnitId), double> _allocations;
    private readonly Dictionary<(int TargetId, int UnitId), DateOnly> _completions;

    // Memo tables, filled as questions come (GraphQL may resolve sibling fields concurrently: a value computed twice
    // is the same value). A target's totals and an indicator's per-unit counts are shared with the evaluation this one
    // was brought forward from when nothing they depend on changed.
    private readonly Dictionary<int, ConcurrentDictionary<int, Totals>> _totals;
    private readonly Dictionary<string, ConcurrentDictionary<int, double>> _counted;
    private readonly ConcurrentDictionary<(int TargetId, int UnitId), TargetProgress> _progress = new();
    private readonly ConcurrentDictionary<(int TargetId, int UnitId), double?> _goals = new();

    /// <summary>Units closed before the as-of date, by the unit their work went to next (successor, or parent when none).</summary>
    private readonly ILookup<int, Unit> _absorbed;

    /// <summary>
    /// An evaluation of <paramref name="inputs"/>: from scratch, or brought forward from <paramref name="previous"/> (same
    /// plan, date, tree and targets) after the writes <paramref name="renewal"/> describes, keeping every memo entry
    /// those writes cannot have moved.
    /// </summary>
    internal ProgressEvaluation(ProgressInputs inputs, ModuleCatalog catalog, IndicatorRegistry indicators, ProgressEvaluation? previous = null, Renewal? renewal = null)
    {
        Inputs = inputs;
        _plan = inputs.Plan;
        AsOf = inputs.AsOf;
        _tree = inputs.Tree;
        _switches = inputs.Switches;
        Targets = inputs.Targets;
        _values = inputs.Values;
        _catalog = catalog;
        _indicators = indicators;
        _allocations = inputs.Allocations.ToDictionary(a => (a.TargetId, a.UnitId), a => a.Goal);
        _completions = inputs.Completions.ToDictionary(c => (c.TargetId, c.UnitId), c => c.CompletedOn);
        _absorbed = previous?._absorbed ?? _tree.Units
            .Where(u => u.ValidTo < AsOf && !_tree.Level(u).RollsUpToParent)
            .Select(u => (Unit: u, Next: u.SuccessorId is { } id ? _tree.Find(id) : _tree.ParentOf(u)))
            .Where(x => x.Next is not null && x.Next.ValidFrom <= AsOf)
            .ToLookup(x => x.Next!.Id, x => x.Unit);

        var stale = previous is null || renewal is null ? null : Upwards(renewal.Values.Values.OfType<IReadOnlySet<int>>().SelectMany(u => u));
        _totals = Targets.ToDictionary(t => t.Id, t =>
        {
            if (previous is null || renewal is null || !previous._totals.TryGetValue(t.Id, out var before))
            {
                return new ConcurrentDictionary<int, Totals>();
            }

            var keys = new[] { t.IndicatorKey, t.DenominatorKey }.OfType<string>().Where(renewal.Values.ContainsKey).ToList();
            return keys.Count > 0 ? Without(before, keys.Any(k => renewal.Values[k] is null) ? null : stale!)
                : (t.Kind == TargetKind.Coverage && renewal.Switches) || (t.Kind == TargetKind.Milestone && renewal.Completions) ? new ConcurrentDictionary<int, Totals>()
                : before;
        });
        _counted = Targets.SelectMany(t => new[] { t.IndicatorKey, t.DenominatorKey }).OfType<string>().Distinct().ToDictionary(k => k, k =>
            previous is null || renewal is null || !previous._counted.TryGetValue(k, out var before) ? new ConcurrentDictionary<int, double>()
            : renewal.Values.TryGetValue(k, out var units) ? Without(before, units is null ? null : stale!)
            : before);
    }

    /// <summary>What the evaluation was computed from.</summary>
    internal ProgressInputs Inputs { get; }

    public DateOnly AsOf { get; }

    public IReadOnlyList<Target> Targets { get; }

    public UnitTree Tree => _tree;

    /// <summary>Share of the plan year elapsed on the as-of date, from 0 to 1.</summary>
    public double ElapsedShare
    {
        get
        {
            var days = _plan.YearEnd.DayNumber - _plan.YearStart.DayNumber + 1;
            var elapsed = AsOf.DayNumber - _plan.YearStart.DayNumber + 1;
            return Math.Clamp((double)elapsed / days, 0, 1);
        }
    }

    public IReadOnlyList<TargetProgress> ForUnit(Unit unit) => Targets.Select(t => For(t, unit)).ToList();

    public TargetProgress For(Target target, Unit unit) =>
        _progress.TryGetValue((target.Id, unit.Id), out var progress) ? progress : _progress.GetOrAdd((target.Id, unit.Id), Compute(target, unit));

    /// <summary>
    /// The units shown under a unit: its children in force on the as-of date, branches excluded (they count as their
    /// base union). A child that closed earlier is not shown: its work is counted where it went.
    /// </summary>
    public IEnumerable<Unit> VisibleChildren(Unit unit) => Children(unit);

    internal IReadOnlyList<TargetProgress> ChildrenOf(TargetProgress progress) =>
        VisibleChildren(progress.Unit).Select(c => For(progress.Target, c)).ToList();

    private IEnumerable<Unit> Children(Unit unit) => _tree.ChildrenOn(unit.Id, AsOf).Where(c => !_tree.Level(c).RollsUpToParent);

    /// <summary>The unit and every unit whose work counts for it on the as-of date, recursively (its predecessors, and units closed below it without a successor).</summary>
    private IEnumerable<Unit> Origins(Unit unit) => _absorbed[unit.Id].SelectMany(Origins).Prepend(unit);

    private TargetProgress Compute(Target target, Unit unit)
    {
        var unavailable = UnavailableReason(target);
        var totals = unavailable is null ? TotalsOf(target, unit) : default;
        var applicable = totals.Applicable > 0 || (unavailable is not null && Applies(target, unit));
        double actual;
        double goal;
        switch (target.Kind)
        {
            case TargetKind.Sum:
                actual = totals.Numerator;
                goal = unit.Id == _plan.IssuingUnitId && !_allocations.ContainsKey((target.Id, unit.Id)) ? target.Goal : Allocated(target, unit) ?? 0;
                break;
            case TargetKind.Ratio:
                actual = totals.Denominator > 0 ? 100 * totals.Numerator / totals.Denominator : 0;
                goal = _allocations.GetValueOrDefault((target.Id, unit.Id), target.Goal);
                break;
            case TargetKind.Coverage:
                actual = totals.Counted > 0 ? 100.0 * totals.Meeting / totals.Counted : 0;
                goal = _allocations.GetValueOrDefault((target.Id, unit.Id), target.Goal);
                break;
            default:
                actual = totals.Meeting;
                goal = totals.Counted;
                break;
        }

        actual = Math.Round(actual, 4);
        var percent = goal > 0 ? Math.Round(100 * actual / goal, 2) : 0;
        var achieved = goal > 0 && actual >= goal - Tolerance;
        var status = Status(target, achieved, actual, percent);
        var note = unavailable ?? (target.Kind == TargetKind.Sum && goal == 0 && unit.Id != _plan.IssuingUnitId
            ? "Chưa được giao chỉ tiêu cho đơn vị này."
            : null);

        return new TargetProgress(
            target,
            unit,
            goal,
            actual,
            percent,
            achieved,
            status,
            target.Kind is TargetKind.Coverage or TargetKind.Milestone ? totals.Meeting : null,
            target.Kind is TargetKind.Coverage or TargetKind.Milestone ? totals.Counted : null,
            applicable,
            unavailable is null,
            note,
            AllocationMismatch(target, unit, goal),
            target.Kind is TargetKind.Sum or TargetKind.Ratio ? totals.Numerator : null,
            target.Kind is TargetKind.Sum or TargetKind.Ratio ? Math.Round(totals.FromPredecessors, 4) : null,
            target.Kind == TargetKind.Ratio ? totals.Denominator : null,
            target.Kind == TargetKind.Milestone && _completions.TryGetValue((target.Id, unit.Id), out var done) ? done : null,
            this);
    }

    private ProgressStatus Status(Target target, bool achieved, double actual, double percent)
    {
        if (achieved)
        {
            return ProgressStatus.Achieved;
        }

        if (target.Kind == TargetKind.Milestone)
        {
            return AsOf > target.DueDate ? ProgressStatus.Behind : ProgressStatus.NotStarted;
        }

        if (actual <= 0)
        {
            return ProgressStatus.NotStarted;
        }

        return percent + Tolerance >= 100 * ElapsedShare ? ProgressStatus.OnTrack : ProgressStatus.Behind;
    }

    private string? UnavailableReason(Target target)
    {
        if (!_catalog.IsInstalled(target.ModuleKey))
        {
            return $"Mô-đun '{target.ModuleKey}' của chỉ tiêu này không được cài đặt.";
        }

        var missing = new[] { target.IndicatorKey, target.DenominatorKey }.OfType<string>().FirstOrDefault(k => _indicators.Find(k) is null);
        return missing is null ? null : $"Chỉ số '{missing}' chưa được mô-đun cung cấp.";
    }

    private bool AllocationMismatch(Target target, Unit unit, double goal)
    {
        var allocated = Children(unit).Select(c => Allocated(target, c)).OfType<double>().ToList();
        return allocated.Count > 0 && Math.Abs(allocated.Sum() - goal) > Tolerance;
    }

    /// <summary>
    /// The goal allocated to a unit: its own allocation, else what was allocated to the units that went into it
    /// (summed; a split unit's allocation goes with its work to <see cref="Unit.SuccessorId"/>). A unit that closed
    /// into its parent passes nothing on: the parent's own goal already covers it.
    /// </summary>
    private double? Allocated(Target target, Unit unit)
    {
        if (_goals.TryGetValue((target.Id, unit.Id), out var cached))
        {
            return cached;
        }

        double? goal = _allocations.TryGetValue((target.Id, unit.Id), out var own) ? own : null;
        if (goal is null)
        {
            var inherited = _absorbed[unit.Id].Where(p => p.SuccessorId == unit.Id).Select(p => Allocated(target, p)).OfType<double>().ToList();
            goal = inherited.Count > 0 ? inherited.Sum() : null;
        }

        return _goals.GetOrAdd((target.Id, unit.Id), goal);
    }

    private bool Applies(Target target, Unit unit) => target.LevelKeys.Contains(unit.LevelKey);

    /// <summary>The unit's own contribution plus its children's totals: the same rule at every level.</summary>
    private Totals TotalsOf(Target target, Unit unit)
    {
        var memo = _totals[target.Id];
        if (memo.TryGetValue(unit.Id, out var cached))
        {
            return cached;
        }

        var totals = _tree.Level(unit).RollsUpToParent ? default : Contribution(target, unit);
        foreach (var child in Children(unit))
        {
            totals += TotalsOf(target, child);
        }

        return memo.GetOrAdd(unit.Id, totals);
    }

    /// <summary>
    /// A unit's own part of a target. For SUM and RATIO each unit whose work counts here adds its own values when its
    /// level is among the target's (a closed district's own work still counts as a district's, now at the province).
    /// </summary>
    private Totals Contribution(Target target, Unit unit)
    {
        switch (target.Kind)
        {
            case TargetKind.Sum:
            case TargetKind.Ratio:
                var summed = Part(target.IndicatorKey!, target, unit);
                var divisor = target.DenominatorKey is { } divisorKey ? Part(divisorKey, target, unit) : default;
                var applies = Origins(unit).Any(o => Applies(target, o)) ? 1 : 0;
                return new Totals(applies, summed.Value, divisor.Value, 0, 0, summed.FromPredecessors);
            case TargetKind.Coverage:
                if (!Applies(target, unit) || !unit.IsInForceOn(AsOf) || !_switches.IsOn(_tree, unit, target.ModuleKey, AsOf))
                {
                    return default; // neither counts for nor against the target
                }

                var value = Counted(target.IndicatorKey!, unit);
                if (target.DenominatorKey is { } denominatorKey)
                {
                    var denominator = Counted(denominatorKey, unit);
                    value = denominator > 0 ? 100 * value / denominator : 0;
                }

                var meets = (target.DenominatorKey is null || Counted(target.DenominatorKey, unit) > 0) && value >= (target.Threshold ?? 0) - Tolerance;
                return new Totals(1, 0, 0, meets ? 1 : 0, 1);
            default:
                if (!Applies(target, unit) || !unit.IsInForceOn(AsOf))
                {
                    return default;
                }

                return new Totals(1, 0, 0, _completions.ContainsKey((target.Id, unit.Id)) ? 1 : 0, 1);
        }
    }

    /// <summary>An indicator's value at a unit from the units whose work counts there and whose level is among the target's, and the part of it from predecessors.</summary>
    private (double Value, double FromPredecessors) Part(string indicatorKey, Target target, Unit unit)
    {
        var (value, fromPredecessors) = (0.0, 0.0);
        foreach (var origin in OriginsOf(indicatorKey, unit).Where(o => Applies(target, o)))
        {
            var own = OwnCounted(indicatorKey, origin);
            value += own;
            fromPredecessors += origin.Id == unit.Id ? 0 : own;
        }

        return (value, fromPredecessors);
    }

    /// <summary>
    /// The units whose own values make up the indicator at a unit: for flows and record counts every origin; for a
    /// reported stock the unit itself once it has reported, else (recursively) its predecessors, so the latest value wins.
    /// </summary>
    private IEnumerable<Unit> OriginsOf(string indicatorKey, Unit unit) =>
        !IsReportedStock(indicatorKey) ? Origins(unit)
        : HasOwn(indicatorKey, unit) ? [unit]
        : _absorbed[unit.Id].SelectMany(p => OriginsOf(indicatorKey, p));

    /// <summary>
    /// The indicator's value at a unit as a unit of its own (for coverage thresholds): its own records and those of
    /// every unit whose work counts for it; for a reported stock, its own latest value, or before its first own
    /// report the sum of its predecessors' latest values.
    /// </summary>
    private double Counted(string indicatorKey, Unit unit) => OriginsOf(indicatorKey, unit).Sum(o => OwnCounted(indicatorKey, o));

    /// <summary>The indicator's value from a unit's own records plus those of descendants that roll up into it (branches).</summary>
    private double OwnCounted(string indicatorKey, Unit unit)
    {
        var memo = _counted[indicatorKey];
        if (memo.TryGetValue(unit.Id, out var cached))
        {
            return cached;
        }

        var value = _values.Own(indicatorKey, unit.Id)
            + _tree.ChildrenOf(unit.Id).Where(c => _tree.Level(c).RollsUpToParent).Sum(c => OwnCounted(indicatorKey, c));
        return memo.GetOrAdd(unit.Id, value);
    }

    private bool HasOwn(string indicatorKey, Unit unit) =>
        _values.Has(indicatorKey, unit.Id) || _tree.ChildrenOf(unit.Id).Any(c => _tree.Level(c).RollsUpToParent && HasOwn(indicatorKey, c));

    private bool IsReportedStock(string indicatorKey) =>
        _indicators.Find(indicatorKey)?.Definition is { Source: IndicatorSource.Reported, Aggregation: IndicatorAggregation.Stock };

    /// <summary>
    /// The units whose memo entries a change at these units can move: the units themselves and, transitively, the
    /// units above them and those they went into, since a unit's figures count at its parent (branches at their base
    /// union, every unit in its parent's total) and a closed unit's at its successor.
    /// </summary>
    private HashSet<int> Upwards(IEnumerable<int> units)
    {
        var reached = new HashSet<int>();
        var pending = new Stack<int>(units);
        while (pending.Count > 0)
        {
            var id = pending.Pop();
            if (!reached.Add(id) || _tree.Find(id) is not { } unit)
            {
                continue;
            }

            foreach (var next in new[] { unit.ParentId, unit.SuccessorId }.OfType<int>())
            {
                pending.Push(next);
            }
        }

        return reached;
    }

    /// <summary>A copy of a memo table without the entries of these units (an empty table when every unit may have moved).</summary>
    private static ConcurrentDictionary<int, T> Without<T>(ConcurrentDictionary<int, T> memo, HashSet<int>? units) =>
        units is null ? new() : new(memo.Where(entry => !units.Contains(entry.Key)));

    private readonly record struct Totals(int Applicable, double Numerator, double Denominator, int Meeting, int Counted, double FromPredecessors = 0)
    {
        public static Totals operator +(Totals a, Totals b) =>
            new(a.Applicable + b.Applicable, a.Numerator + b.Numerator, a.Denominator + b.Denominator, a.Meeting + b.Meeting, a.Counted + b.Counted, a.FromPredecessors + b.FromPredecessors);
    }
}

/// <summary>Everything an evaluation is computed from, as read from the stores.</summary>
internal sealed record ProgressInputs(
    Plan Plan,
    DateOnly AsOf,
    UnitTree Tree,
    ModuleSwitchSet Switches,
    IReadOnlyList<Target> Targets,
    IReadOnlyList<GoalAllocation> Allocations,
    IReadOnlyList<MilestoneCompletion> Completions,
    IndicatorValues Values)
{
    /// <summary>The indicators the targets read.</summary>
    public IReadOnlyList<string> IndicatorKeys { get; } = Targets.SelectMany(t => new[] { t.IndicatorKey, t.DenominatorKey }).OfType<string>().Distinct().ToList();
}

/// <summary>
/// What writes since an evaluation renewed: the values of indicators at units (every unit when null), and whether
/// switches or milestones changed. Allocations move goals only, which every evaluation works out afresh.
/// </summary>
internal sealed record Renewal(IReadOnlyDictionary<string, IReadOnlySet<int>?> Values, bool Switches, bool Completions);
