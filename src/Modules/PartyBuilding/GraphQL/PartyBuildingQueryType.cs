using GraphQL;
using GraphQL.Types;

namespace Modular.Modules.PartyBuilding.GraphQL;

/// <summary>The fields under <c>party { ... }</c>.</summary>
internal sealed class PartyBuildingQueryType : RecordQueryType<PartyBuildingDbContext>
{
    public PartyBuildingQueryType()
    {
        Name = "PartyBuildingQuery";
        Description = "Tham gia xây dựng Đảng, giám sát và phản biện xã hội";
        Field<NonNullGraphType<StringGraphType>>("moduleName").Description("The module's name in Vietnamese.").Resolve(_ => "Tham gia xây dựng Đảng, giám sát và phản biện xã hội");

        List<Supervision, SupervisionType>("supervisions", "Supervisions of policies.");
        Single<Supervision, SupervisionType>("supervision");

        List<DraftOpinion, DraftOpinionType>("draftOpinions", "Social criticism of and comments on drafts.", (c, q) =>
            {
                var kind = c.GetArgument<DraftOpinionKind?>("kind");
                var takenUp = c.GetArgument<bool?>("takenUp");
                return q.Where(r => (kind == null || r.Kind == kind) && (takenUp == null || r.TakenUp == takenUp));
            })
            .Argument<DraftOpinionKindEnum>("kind")
            .Argument<BooleanGraphType>("takenUp");
        Single<DraftOpinion, DraftOpinionType>("draftOpinion");

        List<Dialogue, DialogueType>("dialogues", "Dialogues with leaders of the Party committee and government.", (c, q) =>
            {
                var counterpart = c.GetArgument<DialogueCounterpart?>("counterpart");
                return q.Where(r => counterpart == null || r.Counterpart == counterpart);
            })
            .Argument<DialogueCounterpartEnum>("counterpart");
        Single<Dialogue, DialogueType>("dialogue");

        List<BranchHead, BranchHeadType>("branchHeads", "Branch heads who are not Party members; search finds names without accents.", (c, q) =>
            {
                if (c.GetArgument<bool?>("eligible") is { } eligible)
                {
                    q = q.Where(r => r.Eligible == eligible);
                }

                return c.GetArgument<bool?>("introduced") switch
                {
                    true => q.Where(r => r.IntroducedOn != null),
                    false => q.Where(r => r.IntroducedOn == null),
                    null => q,
                };
            })
            .Argument<BooleanGraphType>("eligible")
            .Argument<BooleanGraphType>("introduced", a => a.Description = "True: introduced to the Party; false: not yet.");
        Single<BranchHead, BranchHeadType>("branchHead");

        List<WomenCadreActivity, WomenCadreActivityType>("womenCadreActivities", "Activities supporting women cadres.", (c, q) =>
            {
                var kind = c.GetArgument<WomenCadreActivityKind?>("kind");
                return q.Where(r => kind == null || r.Kind == kind);
            })
            .Argument<WomenCadreActivityKindEnum>("kind");
        Single<WomenCadreActivity, WomenCadreActivityType>("womenCadreActivity");

        List<CongressWomenContent, CongressWomenContentType>("congressWomenContents", "Content about women included in Party congress documents.");
        Single<CongressWomenContent, CongressWomenContentType>("congressWomenContent");

        List<ProgrammeProposal, ProgrammeProposalType>("programmeProposals", "Proposals to take part in national target programmes and local projects.", (c, q) =>
            {
                var kind = c.GetArgument<ProgrammeKind?>("kind");
                var accepted = c.GetArgument<bool?>("accepted");
                return q.Where(r => (kind == null || r.Kind == kind) && (accepted == null || r.Accepted == accepted));
            })
            .Argument<ProgrammeKindEnum>("kind")
            .Argument<BooleanGraphType>("accepted");
        Single<ProgrammeProposal, ProgrammeProposalType>("programmeProposal");
    }
}
