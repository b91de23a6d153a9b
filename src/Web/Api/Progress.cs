namespace Modular.Web.Api;

/// <summary>A plan as the dashboard lists it.</summary>
public sealed record PlanInfo(string Code, string Title, int Year);

/// <summary>A module's key and Vietnamese name.</summary>
public sealed record ModuleInfo(string Key, string Name);

/// <summary>A target of the plan.</summary>
public sealed record TargetInfo(string Code, string Title, string? Section, string Kind, double Goal, IReadOnlyList<string> Levels, ModuleInfo Module);

/// <summary>A target's standing at a unit, as <c>progress</c> answers it.</summary>
public sealed record ProgressRow(
    TargetInfo? Target,
    UnitInfo Unit,
    double Goal,
    double Actual,
    double Percent,
    string Status,
    int? UnitsMeeting,
    int? UnitsCounted,
    double? Numerator,
    double? Denominator,
    DateOnly? CompletedOn,
    bool Applicable,
    bool Available,
    string? Note,
    bool AllocationMismatch,
    IReadOnlyList<ProgressRow>? Children);

/// <summary>A unit with its ancestors and children, for the breadcrumb and drilling down.</summary>
public sealed record UnitNode(string Code, string Name, string Level, UnitNode? Parent, IReadOnlyList<UnitInfo>? Children)
{
    /// <summary>From the root down to this unit.</summary>
    public IReadOnlyList<UnitNode> Path()
    {
        var path = new List<UnitNode>();
        for (var unit = this; unit is not null; unit = unit.Parent)
        {
            path.Insert(0, unit);
        }

        return path;
    }
}

/// <summary>How the pages word and show progress.</summary>
public static class ProgressText
{
    public static string Status(string status) => status switch
    {
        "ACHIEVED" => "Đạt",
        "ON_TRACK" => "Đúng tiến độ",
        "BEHIND" => "Chậm tiến độ",
        "NOT_STARTED" => "Chưa bắt đầu",
        _ => status,
    };

    /// <summary>A figure in the target's own terms: a count, or a percentage for ratios and coverage.</summary>
    public static string Figure(string kind, double value) => kind is "RATIO" or "COVERAGE" ? Vn.Percent(value) : Vn.Number(value);

    /// <summary>"118/132 cơ sở đạt" for coverage, "3/9 đơn vị đã xong" for milestones below the province.</summary>
    public static string? Units(ProgressRow row, TargetInfo target)
    {
        if (row.UnitsMeeting is not { } meeting || row.UnitsCounted is not { } counted)
        {
            return null;
        }

        var what = target.Levels.Count == 1 && target.Levels[0] == "BASE" ? "cơ sở" : "đơn vị";
        return target.Kind == "MILESTONE" ? $"{Vn.Number(meeting)}/{Vn.Number(counted)} {what} đã xong" : $"{Vn.Number(meeting)}/{Vn.Number(counted)} {what} đạt";
    }

    /// <summary>The width of a progress bar, 0 to 100.</summary>
    public static string Width(double percent) => Math.Clamp(percent, 0, 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%";
}

/// <summary>A report due or overdue, from <c>reportReminders</c>.</summary>
public sealed record ReminderInfo(string Kind, string ModuleKey, bool Overdue, int DaysOverdue, UnitInfo Unit, ReminderPeriod Period);

/// <summary>The period of a reminder.</summary>
public sealed record ReminderPeriod(string Name, DateOnly DueDate);
