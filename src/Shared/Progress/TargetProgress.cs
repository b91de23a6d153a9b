using Modular.Shared.Plans;
using Modular.Shared.Units;

namespace Modular.Shared.Progress;

/// <summary>Where a target stands against the share of the year elapsed.</summary>
public enum ProgressStatus
{
    Achieved,
    OnTrack,
    Behind,
    NotStarted,
}

/// <summary>A target's standing at one unit on the as-of date.</summary>
public sealed record TargetProgress(
    Target Target,
    Unit Unit,
    double Goal,
    double Actual,
    double Percent,
    bool Achieved,
    ProgressStatus Status,
    int? UnitsMeeting,
    int? UnitsCounted,
    bool Applicable,
    bool Available,
    string? Note,
    bool AllocationMismatch,
    double? Numerator,
    double? FromPredecessors,
    double? Denominator,
    DateOnly? CompletedOn,
    ProgressEvaluation Evaluation)
{
    /// <summary>The same target at each child unit, computed from the same evaluation without more queries.</summary>
    public IReadOnlyList<TargetProgress> Children => Evaluation.ChildrenOf(this);
}
