using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Modular.Shared.Access;
using Modular.Shared.Data;
using Modular.Shared.Modularity;
using Modular.Shared.Plans;
using Modular.Shared.Units;
using Modular.Shared.Validation;

namespace Modular.Shared.Reporting;

/// <summary>Input of <c>setReportingPeriod</c>: a period of a plan by its code; the due date defaults to 5 days after its end.</summary>
public sealed record ReportingPeriodInput(string Code, string Name, DateOnly Start, DateOnly End, DateOnly? DueDate);

/// <summary>Input of every step of a report's workflow: which report (plan, period, unit, module) and the note or reason.</summary>
public sealed record ReportStepInput(string PlanCode, string PeriodCode, string UnitCode, string ModuleKey, string? Note);

/// <summary>
/// Reporting periods and the workflow of period reports: a unit submits (reporter or above over the unit), the parent
/// approves (a manager over the parent), the level above that accepts (a manager over the grandparent); whoever may
/// take a report's last step may return it with a reason (reopening it) or, once approved, unlock it (back to
/// submitted). Every step is kept in the report's history and audited.
/// </summary>
public sealed class ReportingCommands(
    IDbContextFactory<CoreDbContext> factory,
    UnitDirectory directory,
    AdminGuard guard,
    UnitAccess access,
    ModuleCatalog catalog,
    ReportFigures figures,
    PeriodLocks locks,
    TimeProvider clock)
{
    /// <summary>Adds a period to a plan or changes one (province admins); a period with reports keeps its days.</summary>
    public async Task<ReportingPeriod> SetPeriodAsync(string planCode, ReportingPeriodInput input, CancellationToken cancellationToken)
    {
        var tree = await directory.LoadTreeAsync(cancellationToken);
        guard.EnsureProvinceAdmin(tree);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var plan = await RequirePlanAsync(db, planCode, cancellationToken);
        await new ReportingPeriodValidator(plan).ValidateAndThrowAsync(input, cancellationToken);
        var code = VietnameseText.Clean(input.Code)!;
        var period = await db.ReportingPeriods.SingleOrDefaultAsync(p => p.PlanId == plan.Id && p.Code == code, cancellationToken);
        if (period is null)
        {
            period = new ReportingPeriod { PlanId = plan.Id, Code = code, Name = "" };
            db.ReportingPeriods.Add(period);
        }
        else if ((period.Start != input.Start || period.End != input.End) && await db.PeriodReports.AnyAsync(r => r.PeriodId == period.Id, cancellationToken))
        {
            throw new DomainException(
                ErrorCodes.Conflict,
                $"Kỳ báo cáo {period.Name} đã có báo cáo: không đổi được ngày bắt đầu, kết thúc; chỉ đổi được tên và hạn nộp.",
                "start");
        }

        period.Name = VietnameseText.Clean(input.Name)!;
        period.Start = input.Start;
        period.End = input.End;
        period.DueDate = input.DueDate ?? input.End.AddDays(ReportingPeriodDefaults.DueDays);
        await db.SaveChangesAsync(cancellationToken);
        return period;
    }

    /// <summary>Removes a period no report has been made for (province admins); returns its code.</summary>
    public async Task<string> DeletePeriodAsync(string planCode, string periodCode, CancellationToken cancellationToken)
    {
        var tree = await directory.LoadTreeAsync(cancellationToken);
        guard.EnsureProvinceAdmin(tree);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var plan = await RequirePlanAsync(db, planCode, cancellationToken);
        var period = await RequirePeriodAsync(db, plan, periodCode, cancellationToken);
        if (await db.PeriodReports.AnyAsync(r => r.PeriodId == period.Id, cancellationToken))
        {
            throw new DomainException(ErrorCodes.Conflict, $"Kỳ báo cáo {period.Name} đã có báo cáo: không xóa được.", "periodCode");
        }

        db.ReportingPeriods.Remove(period);
        await db.SaveChangesAsync(cancellationToken);
        return period.Code;
    }

    /// <summary>The unit sends its report, once the period has ended: its figures as of the period's end are kept with it.</summary>
    public Task<PeriodReport> SubmitAsync(ReportStepInput input, CancellationToken cancellationToken) =>
        StepAsync(input, ReportAction.Submit, cancellationToken, async (step, report) =>
        {
            guard.EnsureRoleOver(step.Tree, step.Unit, Role.Reporter);
            var today = clock.Today();
            if (today < step.Period.End)
            {
                throw new DomainException(
                    ErrorCodes.Validation,
                    $"Kỳ báo cáo {step.Period.Name} kết thúc ngày {step.Period.End:dd/MM/yyyy}: chỉ gửi được báo cáo từ ngày đó.",
                    "periodCode");
            }

            if (report.IsSubmitted)
            {
                throw new DomainException(ErrorCodes.Conflict, $"{Title(step)} đã được gửi ngày {LocalDay(report.SubmittedAt):dd/MM/yyyy} ({Describe(report.State)}).");
            }

            var (_, kept) = await figures.LiveAsync(step.Plan, step.Period, step.Unit, report.ModuleKey, cancellationToken);
            report.State = ReportState.Submitted;
            report.Snapshot = ReportFigures.Serialize(kept);
            report.Note = VietnameseText.Clean(input.Note);
            report.SubmittedAt = clock.GetUtcNow();
            report.SubmittedBy = access.RequireCaller().UserName;
            report.FirstSubmittedOn ??= today;
            report.ReturnReason = null;
        });

    /// <summary>The parent's manager approves a submitted report: from then on the unit's writes in the period are locked.</summary>
    public Task<PeriodReport> ApproveAsync(ReportStepInput input, CancellationToken cancellationToken) =>
        StepAsync(input, ReportAction.Approve, cancellationToken, (step, report) =>
        {
            guard.EnsureRoleOver(step.Tree, Approver(step), Role.Manager);
            Expect(step, report, ReportState.Submitted, "phê duyệt");
            report.State = ReportState.Approved;
            report.ApprovedAt = clock.GetUtcNow();
            report.ApprovedBy = access.RequireCaller().UserName;
            return Task.CompletedTask;
        });

    /// <summary>The level above the approver accepts an approved report, where there is such a level.</summary>
    public Task<PeriodReport> AcceptAsync(ReportStepInput input, CancellationToken cancellationToken) =>
        StepAsync(input, ReportAction.Accept, cancellationToken, (step, report) =>
        {
            guard.EnsureRoleOver(step.Tree, Acceptor(step), Role.Manager);
            Expect(step, report, ReportState.Approved, "tiếp nhận");
            report.State = ReportState.Accepted;
            report.AcceptedAt = clock.GetUtcNow();
            report.AcceptedBy = access.RequireCaller().UserName;
            return Task.CompletedTask;
        });

    /// <summary>Reopens a report with a reason, at any step: the unit corrects it and submits again.</summary>
    public Task<PeriodReport> ReturnAsync(ReportStepInput input, CancellationToken cancellationToken) =>
        StepAsync(input, ReportAction.Return, cancellationToken, (step, report) =>
        {
            if (!report.IsSubmitted)
            {
                throw new DomainException(ErrorCodes.Conflict, $"{Title(step)} chưa được gửi: không có gì để trả lại.");
            }

            guard.EnsureRoleOver(step.Tree, report.State == ReportState.Accepted ? Acceptor(step) : Approver(step), Role.Manager);
            report.State = ReportState.NotSubmitted;
            report.ReturnReason = VietnameseText.Clean(input.Note);
            ClearApprovals(report);
            return Task.CompletedTask;
        });

    /// <summary>A manager above unlocks an approved report with a reason: it is submitted again, and the unit's writes in the period are open.</summary>
    public Task<PeriodReport> UnlockAsync(ReportStepInput input, CancellationToken cancellationToken) =>
        StepAsync(input, ReportAction.Unlock, cancellationToken, (step, report) =>
        {
            if (!report.Locks)
            {
                throw new DomainException(ErrorCodes.Conflict, $"{Title(step)} chưa được phê duyệt nên không bị khóa ({Describe(report.State)}).");
            }

            guard.EnsureRoleOver(step.Tree, report.State == ReportState.Accepted ? Acceptor(step) : Approver(step), Role.Manager);
            report.State = ReportState.Submitted;
            ClearApprovals(report);
            return Task.CompletedTask;
        });

    /// <summary>A state in the user's words.</summary>
    public static string Describe(ReportState state) => state switch
    {
        ReportState.Submitted => "đã gửi, chờ phê duyệt",
        ReportState.Approved => "đã phê duyệt",
        ReportState.Accepted => "đã được cấp trên tiếp nhận",
        _ => "chưa gửi",
    };

    private async Task<PeriodReport> StepAsync(ReportStepInput input, ReportAction action, CancellationToken cancellationToken, Func<Step, PeriodReport, Task> take)
    {
        await new ReportStepValidator(action).ValidateAndThrowAsync(input, cancellationToken);
        var moduleKey = VietnameseText.Clean(input.ModuleKey)!;
        if (!catalog.IsInstalled(moduleKey))
        {
            throw new DomainException(ErrorCodes.ModuleNotInstalled, $"Mô-đun '{moduleKey}' không được cài đặt.", "moduleKey");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var plan = await RequirePlanAsync(db, input.PlanCode, cancellationToken);
        var period = await RequirePeriodAsync(db, plan, input.PeriodCode, cancellationToken);
        var tree = await directory.LoadTreeAsync(cancellationToken);
        var unit = ReportingUnit(tree, VietnameseText.Clean(input.UnitCode)!, period);
        var switches = await directory.LoadSwitchesAsync(cancellationToken);
        if (!switches.IsOn(tree, unit, moduleKey, period.End))
        {
            throw new DomainException(
                ErrorCodes.ModuleOff,
                $"Mô-đun \"{catalog.Find(moduleKey)!.Name}\" tắt tại {unit.Name} vào ngày {period.End:dd/MM/yyyy}: đơn vị không báo cáo mô-đun này kỳ {period.Name}.");
        }

        var report = await db.PeriodReports.SingleOrDefaultAsync(r => r.PeriodId == period.Id && r.UnitId == unit.Id && r.ModuleKey == moduleKey, cancellationToken);
        if (report is null)
        {
            report = new PeriodReport { PeriodId = period.Id, UnitId = unit.Id, ModuleKey = moduleKey, State = ReportState.NotSubmitted };
            db.PeriodReports.Add(report);
        }

        var from = report.State;
        await take(new Step(plan, period, tree, unit, moduleKey), report);
        report.Steps.Add(new PeriodReportStep
        {
            UnitId = unit.Id,
            ModuleKey = moduleKey,
            Action = action,
            FromState = from,
            ToState = report.State,
            At = clock.GetUtcNow(),
            By = access.RequireCaller().UserName,
            Note = VietnameseText.Clean(input.Note),
        });
        await db.SaveChangesAsync(cancellationToken);
        locks.Forget();
        return report;
    }

    /// <summary>
    /// The unit the code names on the period's last day: units report for the tree in force then (a unit that closed
    /// during the period is reported for by the unit it went into). Branches report within their base union.
    /// </summary>
    internal static Unit ReportingUnit(UnitTree tree, string unitCode, ReportingPeriod period)
    {
        var unit = tree.Resolve(unitCode, period.End);
        return tree.Level(unit).RollsUpToParent
            ? throw new DomainException(
                ErrorCodes.Validation, $"{unit.Name} không gửi báo cáo riêng: số liệu của chi hội nằm trong báo cáo của {tree.ParentOf(unit)?.Name}.", "unitCode")
            : unit;
    }

    private static Unit Approver(Step step) =>
        step.Tree.ParentOf(step.Unit)
        ?? throw new DomainException(ErrorCodes.Validation, $"{step.Unit.Name} không có cấp trên trong hệ thống để phê duyệt báo cáo.", "unitCode");

    private static Unit Acceptor(Step step) =>
        step.Tree.ParentOf(Approver(step))
        ?? throw new DomainException(
            ErrorCodes.Validation,
            $"Báo cáo của {step.Unit.Name} do {Approver(step).Name} phê duyệt là xong; không có cấp trên nữa để tiếp nhận.",
            "unitCode");

    private void Expect(Step step, PeriodReport report, ReportState state, string verb)
    {
        if (report.State != state)
        {
            throw new DomainException(
                ErrorCodes.Conflict, $"Chỉ {verb} được báo cáo {Describe(state)}; {Title(step)} {Describe(report.State)}.");
        }
    }

    private static void ClearApprovals(PeriodReport report)
    {
        report.ApprovedAt = null;
        report.ApprovedBy = null;
        report.AcceptedAt = null;
        report.AcceptedBy = null;
    }

    private static string Title(Step step) => $"Báo cáo {step.Period.Name} của {step.Unit.Name}";

    private DateOnly? LocalDay(DateTimeOffset? at) => at is { } instant ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, clock.LocalTimeZone).DateTime) : null;

    internal static async Task<Plan> RequirePlanAsync(CoreDbContext db, string planCode, CancellationToken cancellationToken) =>
        await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Code == planCode, cancellationToken)
        ?? throw new DomainException(ErrorCodes.NotFound, $"Không có kế hoạch {planCode}.", "planCode");

    internal static async Task<ReportingPeriod> RequirePeriodAsync(CoreDbContext db, Plan plan, string periodCode, CancellationToken cancellationToken) =>
        await db.ReportingPeriods.SingleOrDefaultAsync(p => p.PlanId == plan.Id && p.Code == periodCode, cancellationToken)
        ?? throw new DomainException(ErrorCodes.NotFound, $"Kế hoạch {plan.Code} không có kỳ báo cáo {periodCode}.", "periodCode");

    private sealed record Step(Plan Plan, ReportingPeriod Period, UnitTree Tree, Unit Unit, string ModuleKey);
}
