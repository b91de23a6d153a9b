using Modular.Shared.Storage;

namespace Modular.Shared.Plans;

/// <summary>A yearly plan issued by a unit, such as 223/KH-BTV for 2025.</summary>
public sealed class Plan
{
    public int Id { get; set; }

    public required string Code { get; set; }

    public required string Title { get; set; }

    public int Year { get; set; }

    public int IssuingUnitId { get; set; }

    public required string DocumentNumber { get; set; }

    public DateOnly? IssuedOn { get; set; }

    public DateOnly YearStart => new(Year, 1, 1);

    public DateOnly YearEnd => new(Year, 12, 31);
}

/// <summary>How a target's actual value is computed (see the progress engine).</summary>
public enum TargetKind
{
    /// <summary>Sum of the indicator over the unit's subtree.</summary>
    Sum,

    /// <summary>Sum of numerators over sum of denominators, as a percentage.</summary>
    Ratio,

    /// <summary>Share of applicable units meeting the per-unit threshold, as a percentage.</summary>
    Coverage,

    /// <summary>Done or not.</summary>
    Milestone,
}

/// <summary>A quantified target of a plan.</summary>
public sealed class Target
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    /// <summary>The plan's own numbering: "2.2a", "2.8.1c", "5.4".</summary>
    public required string Code { get; set; }

    public required string Title { get; set; }

    public string? Section { get; set; }

    public required string ModuleKey { get; set; }

    public TargetKind Kind { get; set; }

    /// <summary>The indicator read: the count for sums, the numerator for ratios, the per-unit value for coverage.</summary>
    public string? IndicatorKey { get; set; }

    /// <summary>The denominator for ratios; for coverage it turns the per-unit value into a percentage.</summary>
    public string? DenominatorKey { get; set; }

    /// <summary>A count for sums, a percentage for ratios and coverage, 1 for milestones.</summary>
    public double Goal { get; set; }

    /// <summary>For coverage: what each applicable unit must reach.</summary>
    public double? Threshold { get; set; }

    /// <summary>Level keys the target applies to, comma-separated.</summary>
    public required string Levels { get; set; }

    public DateOnly DueDate { get; set; }

    public int SortOrder { get; set; }

    public IReadOnlyList<string> LevelKeys => Levels.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>A share of a sum target's goal given to a unit by its parent.</summary>
public sealed class GoalAllocation : IUnitOwned
{
    public int Id { get; set; }

    public int TargetId { get; set; }

    public int UnitId { get; set; }

    public double Goal { get; set; }
}

/// <summary>A milestone marked done at a unit.</summary>
public sealed class MilestoneCompletion : IUnitOwned
{
    public int Id { get; set; }

    public int TargetId { get; set; }

    public int UnitId { get; set; }

    public DateOnly CompletedOn { get; set; }

    public string? Note { get; set; }
}
