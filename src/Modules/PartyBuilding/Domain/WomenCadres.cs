using Modular.Shared;

namespace Modular.Modules.PartyBuilding.Domain;

/// <summary>How an activity supports women cadres.</summary>
internal enum WomenCadreActivityKind
{
    Training,
    Seminar,
    Network,
}

/// <summary>An activity supporting women cadres: a training, a seminar or a network (target 2.8.3a).</summary>
internal sealed class WomenCadreActivity : PartyRecord
{
    public WomenCadreActivityKind Kind { get; set; }

    public string Title { get; set; } = "";

    public int? Participants { get; set; }

    public string? Notes { get; set; }
}

/// <summary>Input of <c>createWomenCadreActivity</c> and <c>updateWomenCadreActivity</c>.</summary>
internal sealed record WomenCadreActivityInput(
    string UnitCode,
    DateOnly HeldOn,
    WomenCadreActivityKind Kind,
    string Title,
    int? Participants,
    string? Notes) : IPartyRecordInput<WomenCadreActivity>
{
    public DateOnly Day => HeldOn;

    public void ApplyTo(WomenCadreActivity record)
    {
        record.Date = HeldOn;
        record.Kind = Kind;
        record.Title = VietnameseText.Clean(Title)!;
        record.Participants = Participants;
        record.Notes = VietnameseText.Clean(Notes);
        record.SearchText = VietnameseText.Fold(record.Title);
    }
}

/// <summary>Content about women that a Party congress document took in, on the union's proposal (target 2.8.3c).</summary>
internal sealed class CongressWomenContent : PartyRecord
{
    /// <summary>The congress document, e.g. the political report of the district Party congress.</summary>
    public string Document { get; set; } = "";

    /// <summary>The content about women that was included.</summary>
    public string Content { get; set; } = "";
}

/// <summary>Input of <c>createCongressWomenContent</c> and <c>updateCongressWomenContent</c>; <paramref name="AdoptedOn"/> is the day the document was adopted.</summary>
internal sealed record CongressWomenContentInput(
    string UnitCode,
    DateOnly AdoptedOn,
    string Document,
    string Content) : IPartyRecordInput<CongressWomenContent>
{
    public DateOnly Day => AdoptedOn;

    public void ApplyTo(CongressWomenContent record)
    {
        record.Date = AdoptedOn;
        record.Document = VietnameseText.Clean(Document)!;
        record.Content = VietnameseText.Clean(Content)!;
        record.SearchText = VietnameseText.Fold($"{record.Document} {record.Content}");
    }
}
