using Modular.Shared;

namespace Modular.Modules.PartyBuilding.Domain;

/// <summary>What the union sent on a draft document.</summary>
internal enum DraftOpinionKind
{
    /// <summary>Social criticism (phản biện xã hội) of a draft (target 2.7b).</summary>
    Criticism,

    /// <summary>Comments (góp ý) on a draft of the Party committee or the government (target 2.7d).</summary>
    Comment,

    /// <summary>Comments on a draft document of a Party congress: a comment on a draft too (2.7d) and a congress session (2.8.3b).</summary>
    CongressDraftComment,
}

/// <summary>Social criticism of, or comments on, a draft document.</summary>
internal sealed class DraftOpinion : PartyRecord
{
    public DraftOpinionKind Kind { get; set; }

    /// <summary>The draft's title.</summary>
    public string Draft { get; set; } = "";

    /// <summary>Who issued the draft (Party committee, people's committee, council...).</summary>
    public string IssuedBy { get; set; } = "";

    /// <summary>The gist of what the union said.</summary>
    public string? Content { get; set; }

    /// <summary>Whether the drafters took the opinion up; null while no answer has come.</summary>
    public bool? TakenUp { get; set; }
}

/// <summary>Input of <c>createDraftOpinion</c> and <c>updateDraftOpinion</c>; <paramref name="SentOn"/> is the day the opinion was sent.</summary>
internal sealed record DraftOpinionInput(
    string UnitCode,
    DraftOpinionKind Kind,
    DateOnly SentOn,
    string Draft,
    string IssuedBy,
    string? Content,
    bool? TakenUp) : IPartyRecordInput<DraftOpinion>
{
    public DateOnly Day => SentOn;

    public void ApplyTo(DraftOpinion record)
    {
        record.Date = SentOn;
        record.Kind = Kind;
        record.Draft = VietnameseText.Clean(Draft)!;
        record.IssuedBy = VietnameseText.Clean(IssuedBy)!;
        record.Content = VietnameseText.Clean(Content);
        record.TakenUp = TakenUp;
        record.SearchText = VietnameseText.Fold($"{record.Draft} {record.IssuedBy}");
    }
}
