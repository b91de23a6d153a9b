using Modular.Shared.Storage;

namespace Modular.Shared.Reporting;

/// <summary>A reporting period (kỳ báo cáo) of a plan: the days it covers and the day its reports are due.</summary>
public sealed class ReportingPeriod
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    /// <summary>The period's short code within its plan: "6T", "9T", "NAM".</summary>
    public required string Code { get; set; }

    /// <summary>"6 tháng đầu năm 2025".</summary>
    public required string Name { get; set; }

    public DateOnly Start { get; set; }

    public DateOnly End { get; set; }

    /// <summary>The last day a report is on time.</summary>
    public DateOnly DueDate { get; set; }

    public bool Contains(DateOnly day) => Start <= day && day <= End;

    public bool Overlaps(DateOnly from, DateOnly to) => from <= End && Start <= to;
}

/// <summary>Where a period report stands, after DHIS2's approval states.</summary>
public enum ReportState
{
    /// <summary>Not sent yet, or returned for correction.</summary>
    NotSubmitted,

    /// <summary>Sent by the unit to the level above.</summary>
    Submitted,

    /// <summary>Approved by the level above (the parent): the unit's writes in the period are locked.</summary>
    Approved,

    /// <summary>Accepted by the level above the approver.</summary>
    Accepted,
}

/// <summary>A unit's report (báo cáo) for one module and period: its state, who took each step, and the figures it was sent with.</summary>
public sealed class PeriodReport : IUnitOwned
{
    public int Id { get; set; }

    public int PeriodId { get; set; }

    public int UnitId { get; set; }

    public required string ModuleKey { get; set; }

    public ReportState State { get; set; }

    /// <summary>The note the unit sent with its latest submission.</summary>
    public string? Note { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public string? SubmittedBy { get; set; }

    /// <summary>The day of the first submission, on the province's calendar: timeliness is measured by it.</summary>
    public DateOnly? FirstSubmittedOn { get; set; }

    public DateTimeOffset? ApprovedAt { get; set; }

    public string? ApprovedBy { get; set; }

    public DateTimeOffset? AcceptedAt { get; set; }

    public string? AcceptedBy { get; set; }

    /// <summary>Why it was last returned, while it stays returned.</summary>
    public string? ReturnReason { get; set; }

    /// <summary>The unit's progress figures for the module as of the period's end, as JSON, kept at the latest submission.</summary>
    public string? Snapshot { get; set; }

    /// <summary>The steps taken on it, oldest first.</summary>
    public List<PeriodReportStep> Steps { get; set; } = [];

    /// <summary>Approved or accepted: writes of the unit and module dated in the period are refused.</summary>
    public bool Locks => State is ReportState.Approved or ReportState.Accepted;

    public bool IsSubmitted => State is not ReportState.NotSubmitted;
}

/// <summary>A step of a report's workflow.</summary>
public enum ReportAction
{
    Submit,
    Approve,
    Accept,
    Return,
    Unlock,
}

/// <summary>One step taken on a report, as its history shows it.</summary>
public sealed class PeriodReportStep : IUnitOwned
{
    public long Id { get; set; }

    public int ReportId { get; set; }

    public int UnitId { get; set; }

    public required string ModuleKey { get; set; }

    public ReportAction Action { get; set; }

    public ReportState FromState { get; set; }

    public ReportState ToState { get; set; }

    public DateTimeOffset At { get; set; }

    public required string By { get; set; }

    /// <summary>The note of a submission, the reason of a return or an unlock.</summary>
    public string? Note { get; set; }
}
