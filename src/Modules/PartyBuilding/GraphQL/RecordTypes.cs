using GraphQL.Types;
using Modular.Modules.PartyBuilding.Domain;
using Modular.Shared.GraphQL;

namespace Modular.Modules.PartyBuilding.GraphQL;

internal sealed class SupervisionType : PartyRecordGraphType<Supervision>
{
    public SupervisionType()
        : base("PartySupervision", "A supervision of a policy led by the unit (targets 2.7a, 2.7c).", "heldOn", "The day the supervision took place; it counts in that year.")
    {
        Field(r => r.Policy).Description("The policy supervised.");
        Field(r => r.PeriodFrom).Description("First day of the period supervised.");
        Field(r => r.PeriodTo).Description("Last day of the period supervised.");
        Field(r => r.Findings, nullable: true);
        Field(r => r.Recommendations, nullable: true);
        Field(r => r.FollowUp, nullable: true).Description("What came of the recommendations.");
    }
}

internal sealed class SupervisionPageType() : PageGraphType<Supervision, SupervisionType>("PartySupervisionPage");

internal sealed class SupervisionInputType : InputObjectGraphType<SupervisionInput>
{
    public SupervisionInputType()
    {
        Name = "PartySupervisionInput";
        Field(i => i.UnitCode);
        Field(i => i.HeldOn).Description("The day the supervision took place; not after today.");
        Field(i => i.Policy);
        Field(i => i.PeriodFrom);
        Field(i => i.PeriodTo);
        Field(i => i.Findings, nullable: true);
        Field(i => i.Recommendations, nullable: true);
        Field(i => i.FollowUp, nullable: true);
    }
}

internal sealed class DraftOpinionKindEnum : EnumerationGraphType<DraftOpinionKind>
{
    public DraftOpinionKindEnum()
    {
        Name = "PartyDraftOpinionKind";
        Description = "CRITICISM: phản biện xã hội; COMMENT: góp ý dự thảo của cấp ủy, chính quyền; CONGRESS_DRAFT_COMMENT: góp ý dự thảo văn kiện Đại hội Đảng.";
    }
}

internal sealed class DraftOpinionType : PartyRecordGraphType<DraftOpinion>
{
    public DraftOpinionType()
        : base("PartyDraftOpinion", "Social criticism of, or comments on, a draft document (targets 2.7b, 2.7d, 2.8.3b).", "sentOn", "The day the opinion was sent.")
    {
        Field<NonNullGraphType<DraftOpinionKindEnum>>("kind").Resolve(c => c.Source.Kind);
        Field(r => r.Draft).Description("The draft's title.");
        Field(r => r.IssuedBy).Description("Who issued the draft.");
        Field(r => r.Content, nullable: true).Description("The gist of the opinion.");
        Field(r => r.TakenUp, nullable: true).Description("Whether it was taken up; null while no answer has come.");
    }
}

internal sealed class DraftOpinionPageType() : PageGraphType<DraftOpinion, DraftOpinionType>("PartyDraftOpinionPage");

internal sealed class DraftOpinionInputType : InputObjectGraphType<DraftOpinionInput>
{
    public DraftOpinionInputType()
    {
        Name = "PartyDraftOpinionInput";
        Field(i => i.UnitCode);
        Field<NonNullGraphType<DraftOpinionKindEnum>>("kind");
        Field(i => i.SentOn).Description("Not after today.");
        Field(i => i.Draft);
        Field(i => i.IssuedBy);
        Field(i => i.Content, nullable: true);
        Field(i => i.TakenUp, nullable: true);
    }
}

internal sealed class DialogueCounterpartEnum : EnumerationGraphType<DialogueCounterpart>
{
    public DialogueCounterpartEnum()
    {
        Name = "PartyDialogueCounterpart";
        Description = "PARTY_COMMITTEE_HEAD: người đứng đầu cấp ủy; PEOPLES_COMMITTEE_CHAIRMAN: Chủ tịch UBND.";
    }
}

internal sealed class DialogueType : PartyRecordGraphType<Dialogue>
{
    public DialogueType()
        : base("PartyDialogue", "A dialogue with the head of the Party committee or the chairman of the people's committee (target 2.8.3d).", "heldOn", "The day of the dialogue.")
    {
        Field<NonNullGraphType<DialogueCounterpartEnum>>("counterpart").Resolve(c => c.Source.Counterpart);
        Field(r => r.CounterpartName, nullable: true);
        Field(r => r.Issues).Description("Issues women raised.");
        Field(r => r.Commitments, nullable: true).Description("Commitments the leaders made.");
        Field(r => r.FollowUp, nullable: true).Description("How the commitments were kept.");
    }
}

internal sealed class DialoguePageType() : PageGraphType<Dialogue, DialogueType>("PartyDialoguePage");

internal sealed class DialogueInputType : InputObjectGraphType<DialogueInput>
{
    public DialogueInputType()
    {
        Name = "PartyDialogueInput";
        Field(i => i.UnitCode);
        Field(i => i.HeldOn).Description("Not after today.");
        Field<NonNullGraphType<DialogueCounterpartEnum>>("counterpart");
        Field(i => i.CounterpartName, nullable: true);
        Field(i => i.Issues);
        Field(i => i.Commitments, nullable: true);
        Field(i => i.FollowUp, nullable: true);
    }
}

internal sealed class BranchHeadType : PartyRecordGraphType<BranchHead>
{
    public BranchHeadType()
        : base("PartyBranchHead", "A branch head who is not a Party member (target 2.8.1f).", "listedOn", "The day she was put on the list; she counts among eligible heads from then.")
    {
        Field(r => r.FullName);
        Field(r => r.Branch).Description("The branch she heads.");
        Field(r => r.Eligible).Description("Whether she meets the conditions for Party development.");
        Field(r => r.TrainedOn, nullable: true);
        Field(r => r.IntroducedOn, nullable: true).Description("The day she was introduced to the Party for development.");
    }
}

internal sealed class BranchHeadPageType() : PageGraphType<BranchHead, BranchHeadType>("PartyBranchHeadPage");

internal sealed class BranchHeadInputType : InputObjectGraphType<BranchHeadInput>
{
    public BranchHeadInputType()
    {
        Name = "PartyBranchHeadInput";
        Field(i => i.UnitCode).Description("A base union or one of its branches.");
        Field(i => i.ListedOn).Description("Not after today.");
        Field(i => i.FullName);
        Field(i => i.Branch);
        Field(i => i.Eligible);
        Field(i => i.TrainedOn, nullable: true);
        Field(i => i.IntroducedOn, nullable: true).Description("Only for an eligible head.");
    }
}

internal sealed class WomenCadreActivityKindEnum : EnumerationGraphType<WomenCadreActivityKind>
{
    public WomenCadreActivityKindEnum()
    {
        Name = "PartyWomenCadreActivityKind";
        Description = "TRAINING: tập huấn, bồi dưỡng; SEMINAR: hội thảo, tọa đàm; NETWORK: mạng lưới cán bộ nữ.";
    }
}

internal sealed class WomenCadreActivityType : PartyRecordGraphType<WomenCadreActivity>
{
    public WomenCadreActivityType()
        : base("PartyWomenCadreActivity", "An activity supporting women cadres (target 2.8.3a).", "heldOn", "The day of the activity.")
    {
        Field<NonNullGraphType<WomenCadreActivityKindEnum>>("kind").Resolve(c => c.Source.Kind);
        Field(r => r.Title);
        Field(r => r.Participants, nullable: true);
        Field(r => r.Notes, nullable: true);
    }
}

internal sealed class WomenCadreActivityPageType() : PageGraphType<WomenCadreActivity, WomenCadreActivityType>("PartyWomenCadreActivityPage");

internal sealed class WomenCadreActivityInputType : InputObjectGraphType<WomenCadreActivityInput>
{
    public WomenCadreActivityInputType()
    {
        Name = "PartyWomenCadreActivityInput";
        Field(i => i.UnitCode);
        Field(i => i.HeldOn).Description("Not after today.");
        Field<NonNullGraphType<WomenCadreActivityKindEnum>>("kind");
        Field(i => i.Title);
        Field(i => i.Participants, nullable: true);
        Field(i => i.Notes, nullable: true);
    }
}

internal sealed class CongressWomenContentType : PartyRecordGraphType<CongressWomenContent>
{
    public CongressWomenContentType()
        : base("PartyCongressWomenContent", "Content about women included in a Party congress document (target 2.8.3c).", "adoptedOn", "The day the document was adopted.")
    {
        Field(r => r.Document).Description("The congress document.");
        Field(r => r.Content).Description("The content about women it took in.");
    }
}

internal sealed class CongressWomenContentPageType() : PageGraphType<CongressWomenContent, CongressWomenContentType>("PartyCongressWomenContentPage");

internal sealed class CongressWomenContentInputType : InputObjectGraphType<CongressWomenContentInput>
{
    public CongressWomenContentInputType()
    {
        Name = "PartyCongressWomenContentInput";
        Field(i => i.UnitCode);
        Field(i => i.AdoptedOn).Description("Not after today.");
        Field(i => i.Document);
        Field(i => i.Content);
    }
}

internal sealed class ProgrammeKindEnum : EnumerationGraphType<ProgrammeKind>
{
    public ProgrammeKindEnum()
    {
        Name = "PartyProgrammeKind";
        Description = "NATIONAL_TARGET_PROGRAMME: chương trình MTQG; LOCAL_PROJECT: đề án phát triển kinh tế - xã hội, xây dựng Đảng của địa phương.";
    }
}

internal sealed class ProgrammeProposalType : PartyRecordGraphType<ProgrammeProposal>
{
    public ProgrammeProposalType()
        : base("PartyProgrammeProposal", "A base union's proposal to take part in a programme or project (target 2.8.1e).", "proposedOn", "The day it was proposed.")
    {
        Field<NonNullGraphType<ProgrammeKindEnum>>("kind").Resolve(c => c.Source.Kind);
        Field(r => r.Programme);
        Field(r => r.Content, nullable: true);
        Field(r => r.Accepted, nullable: true).Description("Whether it was accepted; null while no answer has come.");
    }
}

internal sealed class ProgrammeProposalPageType() : PageGraphType<ProgrammeProposal, ProgrammeProposalType>("PartyProgrammeProposalPage");

internal sealed class ProgrammeProposalInputType : InputObjectGraphType<ProgrammeProposalInput>
{
    public ProgrammeProposalInputType()
    {
        Name = "PartyProgrammeProposalInput";
        Field(i => i.UnitCode);
        Field(i => i.ProposedOn).Description("Not after today.");
        Field<NonNullGraphType<ProgrammeKindEnum>>("kind");
        Field(i => i.Programme);
        Field(i => i.Content, nullable: true);
        Field(i => i.Accepted, nullable: true);
    }
}
