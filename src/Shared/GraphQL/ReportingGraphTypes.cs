using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Modular.Shared.Access;
using Modular.Shared.Data;
using Modular.Shared.Modularity;
using Modular.Shared.Plans;
using Modular.Shared.Reporting;
using Modular.Shared.Units;

namespace Modular.Shared.GraphQL;

/// <summary>The reporting fields: periods, reports and their workflow, completeness and timeliness, reminders.</summary>
internal static class ReportingFields
{
    public static void AddReportingQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<PeriodReportType>>("periodReport")
            .Description("A unit's report for a module and period: its state, history, and the figures kept at submission beside the live ones. A report never sent answers NOT_SUBMITTED. The unit code is read on the period's last day.")
            .Argument<NonNullGraphType<StringGraphType>>("planCode")
            .Argument<NonNullGraphType<StringGraphType>>("periodCode")
            .Argument<NonNullGraphType<StringGraphType>>("unitCode")
            .Argument<NonNullGraphType<StringGraphType>>("moduleKey")
            .ResolveAsync(async c =>
            {
                c.Service<UnitAccess>().RequireCaller();
                await using var db = await c.Service<IDbContextFactory<CoreDbContext>>().CreateDbContextAsync(c.CancellationToken);
                var plan = await ReportingCommands.RequirePlanAsync(db, c.GetArgument<string>("planCode"), c.CancellationToken);
                var period = await ReportingCommands.RequirePeriodAsync(db, plan, c.GetArgument<string>("periodCode"), c.CancellationToken);
                var tree = await c.Service<UnitDirectory>().LoadTreeAsync(c.CancellationToken);
                var unit = ReportingCommands.ReportingUnit(tree, c.GetArgument<string>("unitCode"), period);
                var moduleKey = c.GetArgument<string>("moduleKey");
                if (!c.Service<ModuleCatalog>().IsInstalled(moduleKey))
                {
                    throw new DomainException(ErrorCodes.ModuleNotInstalled, $"Mô-đun '{moduleKey}' không được cài đặt.", "moduleKey");
                }

                return await db.PeriodReports.AsNoTracking().SingleOrDefaultAsync(r => r.PeriodId == period.Id && r.UnitId == unit.Id && r.ModuleKey == moduleKey, c.CancellationToken)
                    ?? new PeriodReport { PeriodId = period.Id, UnitId = unit.Id, ModuleKey = moduleKey, State = ReportState.NotSubmitted };
            });
        query.Field<NonNullGraphType<ReportingCompletenessType>>("reportingCompleteness")
            .Description("Completeness and timeliness of a module's reports for a period at a unit: the units expected (in force on the period's last day, below another unit, not branches, module on), submitted, submitted by the due date, approved and accepted, the rates, the same for each child unit, and the units late. The unit code is read on the period's last day.")
            .Argument<NonNullGraphType<StringGraphType>>("planCode")
            .Argument<NonNullGraphType<StringGraphType>>("periodCode")
            .Argument<NonNullGraphType<StringGraphType>>("moduleKey")
            .Argument<NonNullGraphType<StringGraphType>>("unitCode")
            .ResolveAsync(async c => await c.Service<ReportingRates>().CompletenessAsync(
                c.GetArgument<string>("planCode"), c.GetArgument<string>("periodCode"), c.GetArgument<string>("moduleKey"), c.GetArgument<string>("unitCode"), c.CancellationToken));
        query.Field<NonNullGraphType<ReportReminderPageType>>("reportReminders")
            .Description("What is due or overdue in the subtree of a unit (default the caller's): reports of ended periods not yet sent, and for managers reports waiting for their approval or acceptance; oldest due date first.")
            .Argument<StringGraphType>("unitCode")
            .Paged()
            .ResolveAsync(async c => await c.Service<ReportingRates>().RemindersAsync(c.GetArgument<string?>("unitCode"), PageRequest.From(c), c.CancellationToken));
    }

    public static void AddReportingMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ReportingPeriodType>>("setReportingPeriod")
            .RequireProvinceAdmin()
            .Description("Adds a reporting period to a plan or changes the one with the code (province admins); the due date defaults to 5 days after the period's end. A period with reports keeps its days.")
            .Argument<NonNullGraphType<StringGraphType>>("planCode")
            .Argument<NonNullGraphType<ReportingPeriodInputType>>("input")
            .ResolveAsync(async c => await c.Service<ReportingCommands>().SetPeriodAsync(c.GetArgument<string>("planCode"), c.GetArgument<ReportingPeriodInput>("input"), c.CancellationToken));
        mutation.Field<NonNullGraphType<StringGraphType>>("deleteReportingPeriod")
            .RequireProvinceAdmin()
            .Description("Removes a reporting period no report was made for (province admins); answers its code.")
            .Argument<NonNullGraphType<StringGraphType>>("planCode")
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .ResolveAsync(async c => await c.Service<ReportingCommands>().DeletePeriodAsync(c.GetArgument<string>("planCode"), c.GetArgument<string>("code"), c.CancellationToken));
        Step(mutation, "submitReport", Role.Reporter, "A reporter or manager of the unit sends its report once the period has ended; its figures as of the period's end are kept with it.", (s, i, t) => s.SubmitAsync(i, t));
        Step(mutation, "approveReport", Role.Manager, "A manager of the parent unit approves a submitted report; the unit's writes dated in the period are then refused (LOCKED).", (s, i, t) => s.ApproveAsync(i, t));
        Step(mutation, "acceptReport", Role.Manager, "A manager of the level above the approver accepts an approved report, where there is such a level.", (s, i, t) => s.AcceptAsync(i, t));
        Step(mutation, "returnReport", Role.Manager, "Reopens a report at any step with a reason (note); whoever may take its last step may return it.", (s, i, t) => s.ReturnAsync(i, t));
        Step(mutation, "unlockReport", Role.Manager, "Unlocks an approved or accepted report with a reason (note): it is submitted again and the unit's writes in the period are open.", (s, i, t) => s.UnlockAsync(i, t));
    }

    private static void Step(ObjectGraphType mutation, string name, Role role, string description, Func<ReportingCommands, ReportStepInput, CancellationToken, Task<PeriodReport>> step) =>
        mutation.Field<NonNullGraphType<PeriodReportType>>(name)
            .RequireRole(role)
            .Description(description)
            .Argument<NonNullGraphType<ReportStepInputType>>("input")
            .ResolveAsync(async c => await step(c.Service<ReportingCommands>(), c.GetArgument<ReportStepInput>("input"), c.CancellationToken));

    /// <summary>The plan's reporting periods, on <c>Plan</c>.</summary>
    public static void AddReportingPeriods(this ObjectGraphType<Plan> plan) =>
        plan.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportingPeriodType>>>>("reportingPeriods")
            .Description("The plan's reporting periods, by their last day.")
            .ResolveAsync(async c =>
            {
                await using var db = await c.Service<IDbContextFactory<CoreDbContext>>().CreateDbContextAsync(c.CancellationToken);
                return await db.ReportingPeriods.AsNoTracking().Where(p => p.PlanId == c.Source.Id).OrderBy(p => p.End).ThenBy(p => p.Start).ThenBy(p => p.Code).ToListAsync(c.CancellationToken);
            });
}

internal sealed class ReportingPeriodType : ObjectGraphType<ReportingPeriod>
{
    public ReportingPeriodType()
    {
        Name = "ReportingPeriod";
        Description = "A reporting period (kỳ báo cáo) of a plan.";
        Field(p => p.Code).Description("The period's code in its plan: 6T, 9T, NAM, or one a province admin set.");
        Field(p => p.Name).Description("6 tháng đầu năm 2025.");
        Field(p => p.Start);
        Field(p => p.End);
        Field(p => p.DueDate).Description("The last day a report is on time.");
    }
}

internal sealed class ReportingPeriodInputType : InputObjectGraphType<ReportingPeriodInput>
{
    public ReportingPeriodInputType()
    {
        Name = "ReportingPeriodInput";
        Field(i => i.Code).Description("The period's code in its plan, e.g. Q1.");
        Field(i => i.Name).Description("Quý I năm 2025.");
        Field(i => i.Start).Description("First day, in the plan's year.");
        Field(i => i.End).Description("Last day, in the plan's year.");
        Field(i => i.DueDate, nullable: true).Description("Last day a report is on time; default 5 days after the end.");
    }
}

internal sealed class ReportStepInputType : InputObjectGraphType<ReportStepInput>
{
    public ReportStepInputType()
    {
        Name = "ReportStepInput";
        Description = "Which report (plan, period, unit, module) and the note of the step: required as the reason of a return or an unlock.";
        Field(i => i.PlanCode);
        Field(i => i.PeriodCode);
        Field(i => i.UnitCode).Description("The unit the code names on the period's last day.");
        Field(i => i.ModuleKey);
        Field(i => i.Note, nullable: true);
    }
}

internal sealed class ReportStateEnum : EnumerationGraphType<ReportState>
{
    public ReportStateEnum()
    {
        Name = "ReportState";
        Description = "Where a period report stands: NOT_SUBMITTED (or returned), SUBMITTED, APPROVED (locks the period), ACCEPTED.";
    }
}

internal sealed class ReportActionEnum : EnumerationGraphType<ReportAction>
{
    public ReportActionEnum()
    {
        Name = "ReportAction";
        Description = "A step of a report's workflow.";
    }
}

internal sealed class ReminderKindEnum : EnumerationGraphType<ReminderKind>
{
    public ReminderKindEnum()
    {
        Name = "ReminderKind";
        Description = "SUBMIT a report, APPROVE or ACCEPT one sent.";
    }
}

internal sealed class PeriodReportType : ObjectGraphType<PeriodReport>
{
    public PeriodReportType()
    {
        Name = "PeriodReport";
        Description = "A unit's report (báo cáo) for a module and period.";
        Field<NonNullGraphType<ReportingPeriodType>>("period").ResolveAsync(async c => await PeriodAsync(c));
        Field<NonNullGraphType<UnitType>>("unit").ResolveAsync(async c => (await c.Service<UnitDirectory>().LoadTreeAsync(c.CancellationToken)).Find(c.Source.UnitId));
        Field(r => r.ModuleKey);
        Field<NonNullGraphType<ReportStateEnum>>("state").Resolve(c => c.Source.State);
        Field<NonNullGraphType<BooleanGraphType>>("locked").Description("Approved or accepted: the unit's writes of the module dated in the period are refused.").Resolve(c => c.Source.Locks);
        Field(r => r.Note, nullable: true).Description("The note sent with the latest submission.");
        Field(r => r.SubmittedAt, nullable: true);
        Field(r => r.SubmittedBy, nullable: true);
        Field(r => r.FirstSubmittedOn, nullable: true).Description("The day of the first submission: timeliness is measured by it.");
        Field(r => r.ApprovedAt, nullable: true);
        Field(r => r.ApprovedBy, nullable: true);
        Field(r => r.AcceptedAt, nullable: true);
        Field(r => r.AcceptedBy, nullable: true);
        Field(r => r.ReturnReason, nullable: true).Description("Why it was returned, while it stays returned.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PeriodReportStepType>>>>("history")
            .Description("Every step taken on the report, oldest first.")
            .ResolveAsync(async c =>
            {
                await using var db = await c.Service<IDbContextFactory<CoreDbContext>>().CreateDbContextAsync(c.CancellationToken);
                var id = c.Source.Id;
                return await db.PeriodReportSteps.AsNoTracking().Where(s => s.ReportId == id).OrderBy(s => s.Id).ToListAsync(c.CancellationToken);
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportFigureComparisonType>>>>("figures")
            .Description("Target by target: the figures kept at the latest submission (snapshot) and the live figures as of the period's end, with the difference.")
            .ResolveAsync(async c =>
            {
                var period = await PeriodAsync(c);
                await using var db = await c.Service<IDbContextFactory<CoreDbContext>>().CreateDbContextAsync(c.CancellationToken);
                var plan = await db.Plans.AsNoTracking().SingleAsync(p => p.Id == period.PlanId, c.CancellationToken);
                var unit = (await c.Service<UnitDirectory>().LoadTreeAsync(c.CancellationToken)).Find(c.Source.UnitId)!;
                return await c.Service<ReportFigures>().CompareAsync(plan, period, unit, c.Source, c.CancellationToken);
            });
    }

    private static async Task<ReportingPeriod> PeriodAsync(IResolveFieldContext<PeriodReport> c)
    {
        await using var db = await c.Service<IDbContextFactory<CoreDbContext>>().CreateDbContextAsync(c.CancellationToken);
        var id = c.Source.PeriodId;
        return await db.ReportingPeriods.AsNoTracking().SingleAsync(p => p.Id == id, c.CancellationToken);
    }
}

internal sealed class PeriodReportStepType : ObjectGraphType<PeriodReportStep>
{
    public PeriodReportStepType()
    {
        Name = "PeriodReportStep";
        Description = "A step taken on a report.";
        Field<NonNullGraphType<ReportActionEnum>>("action").Resolve(c => c.Source.Action);
        Field<NonNullGraphType<ReportStateEnum>>("fromState").Resolve(c => c.Source.FromState);
        Field<NonNullGraphType<ReportStateEnum>>("toState").Resolve(c => c.Source.ToState);
        Field(s => s.At);
        Field(s => s.By).Description("The user name of who took the step.");
        Field(s => s.Note, nullable: true).Description("The note of a submission, the reason of a return or an unlock.");
    }
}

internal sealed class ReportFigureType : ObjectGraphType<ReportFigure>
{
    public ReportFigureType()
    {
        Name = "ReportFigure";
        Description = "A target's figures at a unit as of the period's end.";
        Field(f => f.Goal);
        Field(f => f.Actual);
        Field(f => f.Percent);
        Field(f => f.Numerator, nullable: true);
        Field(f => f.Denominator, nullable: true);
        Field(f => f.UnitsMeeting, nullable: true);
        Field(f => f.UnitsCounted, nullable: true);
    }
}

internal sealed class ReportFigureComparisonType : ObjectGraphType<ReportFigureComparison>
{
    public ReportFigureComparisonType()
    {
        Name = "ReportFigureComparison";
        Description = "A target of a report: the figures kept at submission, the live ones, and how far the actual moved.";
        Field<NonNullGraphType<TargetType>>("target").Resolve(c => c.Source.Target);
        Field<ReportFigureType>("snapshot").Description("Kept at the latest submission; null if never submitted or the target is newer.").Resolve(c => c.Source.Snapshot);
        Field<NonNullGraphType<ReportFigureType>>("live").Resolve(c => c.Source.Live);
        Field(f => f.ActualDifference, nullable: true).Description("Live actual minus the snapshot's (a correction, a late record, a reorganisation); null without a snapshot.");
        Field(f => f.Changed).Description("Whether any live figure differs from the snapshot.");
    }
}

internal sealed class ReportStatusType : ObjectGraphType<ReportStatus>
{
    public ReportStatusType()
    {
        Name = "UnitReportStatus";
        Description = "An expected unit's report for the period and module.";
        Field<NonNullGraphType<UnitType>>("unit").Resolve(c => c.Source.Unit);
        Field<NonNullGraphType<ReportStateEnum>>("state").Resolve(c => c.Source.State);
        Field(s => s.SubmittedOn, nullable: true).Description("The day it was first submitted, while it stands submitted.");
        Field(s => s.OnTime).Description("Submitted by the due date.");
        Field(s => s.DaysLate).Description("Days after the due date it was submitted or, not submitted, days the due date has passed; 0 when on time or not yet due.");
    }
}

internal sealed class ReportingCompletenessType : ObjectGraphType<CompletenessNode>
{
    public ReportingCompletenessType()
    {
        Name = "ReportingCompleteness";
        Description = "Completeness and timeliness of reports at a unit: over the unit itself (when it reports above) and every unit below it.";
        Field<NonNullGraphType<UnitType>>("unit").Resolve(c => c.Source.Unit);
        Field<NonNullGraphType<ReportingPeriodType>>("period").Resolve(c => c.Source.Period);
        Field(n => n.ModuleKey);
        Field(n => n.Expected).Description("Units expected to report.");
        Field(n => n.Submitted).Description("Expected units whose report stands submitted (or approved, accepted).");
        Field(n => n.SubmittedOnTime).Description("Of those, first submitted by the due date.");
        Field(n => n.Approved).Description("Expected units whose report is approved or accepted.");
        Field(n => n.Accepted);
        Field<FloatGraphType>("submittedRate").Description("Submitted / expected, in percent (one decimal); null when none is expected.").Resolve(c => c.Source.Rate(c.Source.Submitted));
        Field<FloatGraphType>("onTimeRate").Description("Submitted on time / expected, in percent.").Resolve(c => c.Source.Rate(c.Source.SubmittedOnTime));
        Field<FloatGraphType>("approvedRate").Description("Approved / expected, in percent.").Resolve(c => c.Source.Rate(c.Source.Approved));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportStatusType>>>>("reports").Description("Every expected unit with its report.").Resolve(c => c.Source.Units);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportStatusType>>>>("late").Description("Expected units late (submitted after the due date, or not submitted once it passed), the latest first.").Resolve(c => c.Source.Late);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportingCompletenessType>>>>("children").Description("The same for each child unit in force on the period's last day.").Resolve(c => c.Source.Children);
    }
}

internal sealed class ReportReminderType : ObjectGraphType<ReportReminder>
{
    public ReportReminderType()
    {
        Name = "ReportReminder";
        Description = "A report due or overdue: to send, or to approve or accept.";
        Field<NonNullGraphType<ReminderKindEnum>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<UnitType>>("unit").Resolve(c => c.Source.Unit);
        Field(r => r.ModuleKey);
        Field<NonNullGraphType<StringGraphType>>("planCode").Resolve(c => c.Source.Plan.Code);
        Field<NonNullGraphType<ReportingPeriodType>>("period").Resolve(c => c.Source.Period);
        Field<NonNullGraphType<ReportStateEnum>>("state").Resolve(c => c.Source.State);
        Field(r => r.Overdue).Description("The due date has passed.");
        Field(r => r.DaysOverdue).Description("Days since the due date; 0 while it has not passed.");
    }
}

internal sealed class ReportReminderPageType() : PageGraphType<ReportReminder, ReportReminderType>("ReportReminderPage");
