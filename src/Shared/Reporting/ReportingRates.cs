using Microsoft.EntityFrameworkCore;
using Modular.Shared.Access;
using Modular.Shared.Data;
using Modular.Shared.GraphQL;
using Modular.Shared.Modularity;
using Modular.Shared.Plans;
using Modular.Shared.Units;
using Modular.Shared.Validation;

namespace Modular.Shared.Reporting;

/// <summary>An expected unit's report for a period and module, as completeness and timeliness count it.</summary>
public sealed record ReportStatus(Unit Unit, PeriodReport? Report, ReportingPeriod Period, DateOnly Today)
{
    public ReportState State => Report?.State ?? ReportState.NotSubmitted;

    public bool Submitted => State != ReportState.NotSubmitted;

    /// <summary>The day it was first submitted, while it stands submitted.</summary>
    public DateOnly? SubmittedOn => Submitted ? Report!.FirstSubmittedOn : null;

    public bool OnTime => SubmittedOn <= Period.DueDate;

    /// <summary>Days after the due date it was first submitted, or, not submitted, days the due date has passed; 0 when on time.</summary>
    public int DaysLate => Math.Max(0, (SubmittedOn ?? Today).DayNumber - Period.DueDate.DayNumber);
}

/// <summary>Completeness and timeliness at a unit: the expected units of its subtree with their reports, the same for each child.</summary>
public sealed class CompletenessNode(Unit unit, ReportingPeriod period, string moduleKey, IReadOnlyList<ReportStatus> units, IReadOnlyList<CompletenessNode> children)
{
    public Unit Unit => unit;

    public ReportingPeriod Period => period;

    public string ModuleKey => moduleKey;

    /// <summary>The expected units: the unit itself when it reports to a level above, and every expected unit below it.</summary>
    public IReadOnlyList<ReportStatus> Units => units;

    public IReadOnlyList<CompletenessNode> Children => children;

    public int Expected => units.Count;

    public int Submitted => units.Count(u => u.Submitted);

    public int SubmittedOnTime => units.Count(u => u.Submitted && u.OnTime);

    public int Approved => units.Count(u => u.State is ReportState.Approved or ReportState.Accepted);

    public int Accepted => units.Count(u => u.State == ReportState.Accepted);

    /// <summary>Expected units that submitted after the due date or, past it, have not submitted: the latest first.</summary>
    public IReadOnlyList<ReportStatus> Late => units.Where(u => u.DaysLate > 0).OrderByDescending(u => u.DaysLate).ThenBy(u => u.Unit.Code, StringComparer.Ordinal).ToList();

    /// <summary>A count as a percentage of the expected units, one decimal; null when none is expected.</summary>
    public double? Rate(int count) => Expected == 0 ? null : Math.Round(100.0 * count / Expected, 1);
}

/// <summary>What is waiting on someone: a report to send, or one to approve or accept.</summary>
public enum ReminderKind
{
    Submit,
    Approve,
    Accept,
}

/// <summary>A report due or overdue in the caller's subtree.</summary>
public sealed record ReportReminder(ReminderKind Kind, Unit Unit, string ModuleKey, Plan Plan, ReportingPeriod Period, ReportState State, DateOnly Today)
{
    public bool Overdue => Today > Period.DueDate;

    public int DaysOverdue => Math.Max(0, Today.DayNumber - Period.DueDate.DayNumber);
}

/// <summary>
/// Which units are expected to report, who has, who on time, who is approved; and the reminders of a subtree.
/// A unit is expected for a period and module when, on the period's last day, it is in force, has a level above it,
/// is not a branch (branches report within their base union) and has the module switched on. A unit that closed
/// during the period is not expected: its part of the period is reported by the unit its work went into (its
/// successor, or its parent), which is in force on the last day; a unit opened during the period reports for its part.
/// </summary>
public sealed class ReportingRates(IDbContextFactory<CoreDbContext> factory, UnitDirectory directory, UnitAccess access, ModuleCatalog catalog, TimeProvider clock)
{
    public async Task<CompletenessNode> CompletenessAsync(string planCode, string periodCode, string moduleKey, string unitCode, CancellationToken cancellationToken)
    {
        access.RequireCaller();
        if (!catalog.IsInstalled(moduleKey))
        {
            throw new DomainException(ErrorCodes.ModuleNotInstalled, $"Mô-đun '{moduleKey}' không được cài đặt.", "moduleKey");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var plan = await ReportingCommands.RequirePlanAsync(db, planCode, cancellationToken);
        var period = await ReportingCommands.RequirePeriodAsync(db, plan, periodCode, cancellationToken);
        var tree = await directory.LoadTreeAsync(cancellationToken);
        var switches = await directory.LoadSwitchesAsync(cancellationToken);
        var root = tree.Resolve(unitCode, period.End);
        var reports = await db.PeriodReports.AsNoTracking().Where(r => r.PeriodId == period.Id && r.ModuleKey == moduleKey).ToDictionaryAsync(r => r.UnitId, cancellationToken);
        var today = clock.Today();
        return Node(root);

        CompletenessNode Node(Unit unit)
        {
            var children = tree.ChildrenOn(unit.Id, period.End).Where(c => !tree.Level(c).RollsUpToParent).Select(Node).ToList();
            var own = IsExpected(tree, switches, unit, moduleKey, period) ? [new ReportStatus(unit, reports.GetValueOrDefault(unit.Id), period, today)] : Array.Empty<ReportStatus>();
            return new CompletenessNode(unit, period, moduleKey, own.Concat(children.SelectMany(c => c.Units)).ToList(), children);
        }
    }

    /// <summary>
    /// What is due or overdue in the subtree of the unit (the caller's by default), with its history: reports of
    /// periods that have ended not yet sent, and for managers the sent reports waiting for their approval or acceptance.
    /// Oldest due date first.
    /// </summary>
    public async Task<Page<ReportReminder>> RemindersAsync(string? unitCode, PageRequest page, CancellationToken cancellationToken)
    {
        var caller = access.RequireCaller();
        var tree = await directory.LoadTreeAsync(cancellationToken);
        var switches = await directory.LoadSwitchesAsync(cancellationToken);
        var root = unitCode is null ? access.CallerUnit(tree) : tree.Find((await access.ForReadAsync(unitCode, cancellationToken)).Id)!;
        var today = clock.Today();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var periods = await db.ReportingPeriods.AsNoTracking().Where(p => p.End <= today).ToListAsync(cancellationToken);
        var plans = await db.Plans.AsNoTracking().ToDictionaryAsync(p => p.Id, cancellationToken);
        var periodIds = periods.Select(p => p.Id).ToList();
        var reports = (await db.PeriodReports.AsNoTracking().Where(r => periodIds.Contains(r.PeriodId)).ToListAsync(cancellationToken))
            .ToDictionary(r => (r.PeriodId, r.UnitId, r.ModuleKey));
        var reach = tree.Reach(root).ToList();
        var reminders = new List<ReportReminder>();
        foreach (var period in periods)
        {
            foreach (var module in catalog.Installed)
            {
                foreach (var unit in reach.Where(u => IsExpected(tree, switches, u, module.Key, period)))
                {
                    var state = reports.GetValueOrDefault((period.Id, unit.Id, module.Key))?.State ?? ReportState.NotSubmitted;
                    if (KindFor(tree, unit, state, caller) is { } kind)
                    {
                        reminders.Add(new ReportReminder(kind, unit, module.Key, plans[period.PlanId], period, state, today));
                    }
                }
            }
        }

        var ordered = reminders
            .OrderBy(r => r.Period.DueDate).ThenBy(r => r.Kind).ThenBy(r => r.Unit.Code, StringComparer.Ordinal).ThenBy(r => r.ModuleKey, StringComparer.Ordinal)
            .ToList();
        return new Page<ReportReminder>(ordered.Skip(page.Skip).Take(page.Take).ToList(), ordered.Count, page.Skip, page.Take);

        ReminderKind? KindFor(UnitTree tree, Unit unit, ReportState state, Caller caller)
        {
            var manager = caller.Role >= Role.Manager;
            var parent = tree.ParentOf(unit);
            var grandparent = parent is null ? null : tree.ParentOf(parent);
            return state switch
            {
                ReportState.NotSubmitted => ReminderKind.Submit,
                ReportState.Submitted when manager && parent is not null && access.CanSee(tree, parent.Id) => ReminderKind.Approve,
                ReportState.Approved when manager && grandparent is not null && access.CanSee(tree, grandparent.Id) => ReminderKind.Accept,
                _ => null,
            };
        }
    }

    /// <summary>See the class summary: in force on the period's last day, below another unit, not a branch, the module on.</summary>
    internal static bool IsExpected(UnitTree tree, ModuleSwitchSet switches, Unit unit, string moduleKey, ReportingPeriod period) =>
        unit.IsInForceOn(period.End)
        && tree.ParentOf(unit) is not null
        && !tree.Level(unit).RollsUpToParent
        && switches.IsOn(tree, unit, moduleKey, period.End);
}
