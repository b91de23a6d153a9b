using GraphQL.Types;
using Modular.Modules.PartyBuilding.Domain;

namespace Modular.Modules.PartyBuilding.GraphQL;

/// <summary>The writes under <c>mutation { party { ... } }</c>.</summary>
internal sealed class PartyBuildingMutationType : ObjectGraphType
{
    public PartyBuildingMutationType()
    {
        Name = "PartyBuildingMutation";
        Description = "Ghi dữ liệu Tham gia xây dựng Đảng, giám sát và phản biện xã hội";
        this.Writes<Supervision, SupervisionInput, SupervisionType, SupervisionInputType>("Supervision", "cuộc giám sát");
        this.Writes<DraftOpinion, DraftOpinionInput, DraftOpinionType, DraftOpinionInputType>("DraftOpinion", "ý kiến về dự thảo");
        this.Writes<Dialogue, DialogueInput, DialogueType, DialogueInputType>("Dialogue", "cuộc đối thoại");
        this.Writes<BranchHead, BranchHeadInput, BranchHeadType, BranchHeadInputType>("BranchHead", "chi hội trưởng");
        this.Writes<WomenCadreActivity, WomenCadreActivityInput, WomenCadreActivityType, WomenCadreActivityInputType>("WomenCadreActivity", "hoạt động hỗ trợ cán bộ nữ");
        this.Writes<CongressWomenContent, CongressWomenContentInput, CongressWomenContentType, CongressWomenContentInputType>("CongressWomenContent", "nội dung về phụ nữ trong văn kiện Đại hội");
        this.Writes<ProgrammeProposal, ProgrammeProposalInput, ProgrammeProposalType, ProgrammeProposalInputType>("ProgrammeProposal", "đề xuất tham gia chương trình, đề án");
    }
}
