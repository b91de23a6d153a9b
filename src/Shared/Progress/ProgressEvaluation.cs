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
    private readonly Dictionary<(int TargetId, int UnitId), Totals> _totals = [];
    private readonly Dictionary<(int TargetId, int UnitId), TargetProgress> _progress = [];
    private readonly Dictionary<(string Key, int UnitId), double> _counted = [];

    internal ProgressEvaluation(
        Plan plan,
        DateOnly asOf,
        UnitTree tree,
        ModuleSwitchSet switches,
        IReadOnlyList<Target> targets,
        IEnumerable<GoalAllocation> allocations,
        IEnumerable<MilestoneCompletion> completions,
        IndicatorValues values,
        ModuleCatalog catalog,
        IndicatorRegistry indicators)
    {
        _plan = plan;
        AsOf = asOf;
        _tree = tree;
        _switches = switches;
        Targets = targets;
        _values = values;
        _catalog = catalog;
        _indicators = indicators;
        _allocations = allocations.ToDictionary(a => (a.TargetId, a.UnitId), a => a.Goal);
        _completions = completions.ToDictionary(c => (c.TargetId, c.UnitId), c => c.CompletedOn);
    }

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

    public TargetProgress For(Target target, Unit unit)
    {
        // GraphQL may resolve sibling fields concurrently; the memo tables are filled under one lock.
        lock (_progress)
        {
            if (!_progress.TryGetValue((target.Id, unit.Id), out var progress))
            {
                progress = Compute(target, unit);
                _progress[(target.Id, unit.Id)] = progress;
            }

            return progress;
        }
    }

    /// <summary>The units shown under a unit: children that existed during the plan period, branches excluded (they count as their base union).</summary>
    public IEnumerable<Unit> VisibleChildren(Unit unit) =>
        _tree.ChildrenOf(unit.Id).Where(c => !_tree.Level(c).RollsUpToParent && ExistedDuringPeriod(c));

    internal IReadOnlyList<TargetProgress> ChildrenOf(TargetProgress progress) =>
        VisibleChildren(progress.Unit).Select(c => For(progress.Target, c)).ToList();

    private bool ExistedDuringPeriod(Unit unit) => unit.ValidFrom <= AsOf && (unit.ValidTo is null || unit.ValidTo >= _plan.YearStart);

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
                goal = _allocations.TryGetValue((target.Id, unit.Id), out var allocated) ? allocated
                    : unit.Id == _plan.IssuingUnitId ? target.Goal : 0;
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
        var allocated = _tree.ChildrenOf(unit.Id)
            .Select(c => _allocations.TryGetValue((target.Id, c.Id), out var g) ? g : (double?)null)
            .OfType<double>()
            .ToList();
        return allocated.Count > 0 && Math.Abs(allocated.Sum() - goal) > Tolerance;
    }

    private bool Applies(Target target, Unit unit) => target.LevelKeys.Contains(unit.LevelKey);

    /// <summary>The unit's own contribution plus its children's totals: the same rule at every level.</summary>
    private Totals TotalsOf(Target target, Unit unit)
    {
        if (_totals.TryGetValue((target.Id, unit.Id), out var cached))
        {
            return cached;
        }

        var totals = Applies(target, unit) && !_tree.Level(unit).RollsUpToParent ? Contribution(target, unit) : default;
        foreach (var child in _tree.ChildrenOf(unit.Id).Where(c => !_tree.Level(c).RollsUpToParent))
        {
            totals += TotalsOf(target, child);
        }

        _totals[(target.Id, unit.Id)] = totals;
        return totals;
    }

    private Totals Contribution(Target target, Unit unit)
    {
        switch (target.Kind)
        {
            case TargetKind.Sum:
                return new Totals(1, Counted(target.IndicatorKey!, unit), 0, 0, 0);
            case TargetKind.Ratio:
                return new Totals(1, Counted(target.IndicatorKey!, unit), Counted(target.DenominatorKey!, unit), 0, 0);
            case TargetKind.Coverage:
                if (!unit.IsInForceOn(AsOf) || !_switches.IsOn(_tree, unit, target.ModuleKey, AsOf))
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
                if (!unit.IsInForceOn(AsOf))
                {
                    return default;
                }

                return new Totals(1, 0, 0, _completions.ContainsKey((target.Id, unit.Id)) ? 1 : 0, 1);
        }
    }

    /// <summary>The indicator's value counted at a unit: its own records plus those of descendants that roll up into it.</summary>
    private double Counted(string indicatorKey, Unit unit)
    {
        if (_counted.TryGetValue((indicatorKey, unit.Id), out var cached))
        {
            return cached;
        }

        var value = _values.Own(indicatorKey, unit.Id)
            + _tree.ChildrenOf(unit.Id).Where(c => _tree.Level(c).RollsUpToParent).Sum(c => Counted(indicatorKey, c));
        _counted[(indicatorKey, unit.Id)] = value;
        return value;
    }

    private readonly record struct Totals(int Applicable, double Numerator, double Denominator, int Meeting, int Counted)
    {
        public static Totals operator +(Totals a, Totals b) =>
            new(a.Applicable + b.Applicable, a.Numerator + b.Numerator, a.Denominator + b.Denominator, a.Meeting + b.Meeting, a.Counted + b.Counted);
    }
}
