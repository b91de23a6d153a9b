using Modular.Shared;

namespace Modular.Modules.PartyBuilding.Domain;

/// <summary>Whom the women's union held a dialogue with.</summary>
internal enum DialogueCounterpart
{
    /// <summary>The head (secretary) of the Party committee.</summary>
    PartyCommitteeHead,

    /// <summary>The chairman of the people's committee.</summary>
    PeoplesCommitteeChairman,
}

/// <summary>A dialogue between the head of the Party committee or government and women (target 2.8.3d).</summary>
internal sealed class Dialogue : PartyRecord
{
    public DialogueCounterpart Counterpart { get; set; }

    /// <summary>The counterpart's name and title as the minutes give them.</summary>
    public string? CounterpartName { get; set; }

    public string Issues { get; set; } = "";

    public string? Commitments { get; set; }

    /// <summary>How the commitments were kept.</summary>
    public string? FollowUp { get; set; }
}

/// <summary>Input of <c>createDialogue</c> and <c>updateDialogue</c>.</summary>
internal sealed record DialogueInput(
    string UnitCode,
    DateOnly HeldOn,
    DialogueCounterpart Counterpart,
    string? CounterpartName,
    string Issues,
    string? Commitments,
    string? FollowUp) : IPartyRecordInput<Dialogue>
{
    public DateOnly Day => HeldOn;

    public void ApplyTo(Dialogue record)
    {
        record.Date = HeldOn;
        record.Counterpart = Counterpart;
        record.CounterpartName = VietnameseText.Clean(CounterpartName);
        record.Issues = VietnameseText.Clean(Issues)!;
        record.Commitments = VietnameseText.Clean(Commitments);
        record.FollowUp = VietnameseText.Clean(FollowUp);
        record.SearchText = VietnameseText.Fold($"{record.CounterpartName} {record.Issues}");
    }
}
