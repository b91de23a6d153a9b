namespace Modular.Modules.PartyBuilding.GraphQL;

/// <summary>The writes under <c>mutation { party { ... } }</c>.</summary>
internal sealed class PartyBuildingMutationType : RecordMutationType<PartyBuildingDbContext>
{
    public PartyBuildingMutationType()
    {
        Name = "PartyBuildingMutation";
        Description = "Ghi dữ liệu Tham gia xây dựng Đảng, giám sát và phản biện xã hội";
        Writes<Supervision, SupervisionInput, SupervisionType, SupervisionInputType>("Supervision");
        Writes<DraftOpinion, DraftOpinionInput, DraftOpinionType, DraftOpinionInputType>("DraftOpinion");
        Writes<Dialogue, DialogueInput, DialogueType, DialogueInputType>("Dialogue");
        Writes<BranchHead, BranchHeadInput, BranchHeadType, BranchHeadInputType>("BranchHead");
        Writes<WomenCadreActivity, WomenCadreActivityInput, WomenCadreActivityType, WomenCadreActivityInputType>("WomenCadreActivity");
        Writes<CongressWomenContent, CongressWomenContentInput, CongressWomenContentType, CongressWomenContentInputType>("CongressWomenContent");
        Writes<ProgrammeProposal, ProgrammeProposalInput, ProgrammeProposalType, ProgrammeProposalInputType>("ProgrammeProposal");
    }
}
