using Modular.Shared;

namespace Modular.Modules.PartyBuilding.Domain;

/// <summary>A supervision of how a policy was carried out, led by the unit (plan targets 2.7a, 2.7c).</summary>
internal sealed class Supervision : PartyRecord
{
    /// <summary>The policy, law or programme supervised.</summary>
    public string Policy { get; set; } = "";

    /// <summary>First day of the period whose implementation was supervised.</summary>
    public DateOnly PeriodFrom { get; set; }

    /// <summary>Last day of the period whose implementation was supervised.</summary>
    public DateOnly PeriodTo { get; set; }

    public string? Findings { get; set; }

    public string? Recommendations { get; set; }

    /// <summary>What came of the recommendations.</summary>
    public string? FollowUp { get; set; }
}

/// <summary>Input of <c>createSupervision</c> and <c>updateSupervision</c>; <paramref name="HeldOn"/> is the day the supervision took place.</summary>
internal sealed record SupervisionInput(
    string UnitCode,
    DateOnly HeldOn,
    string Policy,
    DateOnly PeriodFrom,
    DateOnly PeriodTo,
    string? Findings,
    string? Recommendations,
    string? FollowUp) : IPartyRecordInput<Supervision>
{
    public DateOnly Day => HeldOn;

    public void ApplyTo(Supervision record)
    {
        record.Date = HeldOn;
        record.Policy = VietnameseText.Clean(Policy)!;
        record.PeriodFrom = PeriodFrom;
        record.PeriodTo = PeriodTo;
        record.Findings = VietnameseText.Clean(Findings);
        record.Recommendations = VietnameseText.Clean(Recommendations);
        record.FollowUp = VietnameseText.Clean(FollowUp);
        record.SearchText = VietnameseText.Fold(record.Policy);
    }
}
