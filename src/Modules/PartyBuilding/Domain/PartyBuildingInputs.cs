using System.ComponentModel;

namespace Modular.Modules.PartyBuilding.Domain;

/// <summary>Input of <c>createSupervision</c> and <c>updateSupervision</c>; <paramref name="HeldOn"/> is the day the supervision took place.</summary>
internal sealed record SupervisionInput(
    string UnitCode,
    [property: Description("The day the supervision took place; not after today.")] DateOnly HeldOn,
    string Policy,
    DateOnly PeriodFrom,
    DateOnly PeriodTo,
    string? Findings,
    string? Recommendations,
    string? FollowUp) : IRecordInput<Supervision>
{
    public void Complete(Supervision record) => record.Date = HeldOn;
}

/// <summary>Input of <c>createDraftOpinion</c> and <c>updateDraftOpinion</c>; <paramref name="SentOn"/> is the day the opinion was sent.</summary>
internal sealed record DraftOpinionInput(
    string UnitCode,
    DraftOpinionKind Kind,
    [property: Description("Not after today.")] DateOnly SentOn,
    string Draft,
    string IssuedBy,
    string? Content,
    bool? TakenUp) : IRecordInput<DraftOpinion>
{
    public void Complete(DraftOpinion record) => record.Date = SentOn;
}

/// <summary>Input of <c>createDialogue</c> and <c>updateDialogue</c>.</summary>
internal sealed record DialogueInput(
    string UnitCode,
    [property: Description("Not after today.")] DateOnly HeldOn,
    DialogueCounterpart Counterpart,
    string? CounterpartName,
    string Issues,
    string? Commitments,
    string? FollowUp) : IRecordInput<Dialogue>
{
    public void Complete(Dialogue record) => record.Date = HeldOn;
}

/// <summary>Input of <c>createBranchHead</c> and <c>updateBranchHead</c>; <paramref name="ListedOn"/> is the day she was put on the list.</summary>
internal sealed record BranchHeadInput(
    [property: Description("A base union or one of its branches.")] string UnitCode,
    [property: Description("Not after today.")] DateOnly ListedOn,
    string FullName,
    string Branch,
    bool Eligible,
    DateOnly? TrainedOn,
    [property: Description("Only for an eligible head.")] DateOnly? IntroducedOn) : IRecordInput<BranchHead>
{
    public void Complete(BranchHead record) => record.Date = ListedOn;

    // Branch heads belong to a base union (or one of its branches), where target 2.8.1f is counted.
    public string? RefuseUnit(UnitRef unit) =>
        unit.LevelKey is "base" or "branch" ? null : $"Chi hội trưởng phải thuộc một cơ sở Hội hoặc chi hội; {unit.Name} không phải.";
}

/// <summary>Input of <c>createWomenCadreActivity</c> and <c>updateWomenCadreActivity</c>.</summary>
internal sealed record WomenCadreActivityInput(
    string UnitCode,
    [property: Description("Not after today.")] DateOnly HeldOn,
    WomenCadreActivityKind Kind,
    string Title,
    int? Participants,
    string? Notes) : IRecordInput<WomenCadreActivity>
{
    public void Complete(WomenCadreActivity record) => record.Date = HeldOn;
}

/// <summary>Input of <c>createCongressWomenContent</c> and <c>updateCongressWomenContent</c>; <paramref name="AdoptedOn"/> is the day the document was adopted.</summary>
internal sealed record CongressWomenContentInput(
    string UnitCode,
    [property: Description("Not after today.")] DateOnly AdoptedOn,
    string Document,
    string Content) : IRecordInput<CongressWomenContent>
{
    public void Complete(CongressWomenContent record) => record.Date = AdoptedOn;
}

/// <summary>Input of <c>createProgrammeProposal</c> and <c>updateProgrammeProposal</c>.</summary>
internal sealed record ProgrammeProposalInput(
    string UnitCode,
    [property: Description("Not after today.")] DateOnly ProposedOn,
    ProgrammeKind Kind,
    string Programme,
    string? Content,
    bool? Accepted) : IRecordInput<ProgrammeProposal>
{
    public void Complete(ProgrammeProposal record) => record.Date = ProposedOn;
}
