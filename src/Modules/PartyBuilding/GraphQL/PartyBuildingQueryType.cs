using GraphQL;
using GraphQL.Types;
using Modular.Modules.PartyBuilding.Domain;

namespace Modular.Modules.PartyBuilding.GraphQL;

/// <summary>The fields under <c>party { ... }</c>.</summary>
internal sealed class PartyBuildingQueryType : ObjectGraphType
{
    public PartyBuildingQueryType()
    {
        Name = "PartyBuildingQuery";
        Description = "Tham gia xây dựng Đảng, giám sát và phản biện xã hội";
        Field<NonNullGraphType<StringGraphType>>("moduleName").Description("The module's name in Vietnamese.").Resolve(_ => "Tham gia xây dựng Đảng, giám sát và phản biện xã hội");

        this.List<Supervision, SupervisionPageType>("supervisions", "Supervisions of policies.");
        this.Single<Supervision, SupervisionType>("supervision", "One supervision; null when there is none with that id.");

        this.List<DraftOpinion, DraftOpinionPageType>("draftOpinions", "Social criticism of and comments on drafts.", (c, q) =>
            {
                var kind = c.GetArgument<DraftOpinionKind?>("kind");
                var takenUp = c.GetArgument<bool?>("takenUp");
                return q.Where(r => (kind == null || r.Kind == kind) && (takenUp == null || r.TakenUp == takenUp));
            })
            .Argument<DraftOpinionKindEnum>("kind")
            .Argument<BooleanGraphType>("takenUp");
        this.Single<DraftOpinion, DraftOpinionType>("draftOpinion", "One opinion on a draft; null when there is none with that id.");

        this.List<Dialogue, DialoguePageType>("dialogues", "Dialogues with leaders of the Party committee and government.", (c, q) =>
            {
                var counterpart = c.GetArgument<DialogueCounterpart?>("counterpart");
                return q.Where(r => counterpart == null || r.Counterpart == counterpart);
            })
            .Argument<DialogueCounterpartEnum>("counterpart");
        this.Single<Dialogue, DialogueType>("dialogue", "One dialogue; null when there is none with that id.");

        this.List<BranchHead, BranchHeadPageType>("branchHeads", "Branch heads who are not Party members; search finds names without accents.", (c, q) =>
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
        this.Single<BranchHead, BranchHeadType>("branchHead", "One branch head; null when there is none with that id.");

        this.List<WomenCadreActivity, WomenCadreActivityPageType>("womenCadreActivities", "Activities supporting women cadres.", (c, q) =>
            {
                var kind = c.GetArgument<WomenCadreActivityKind?>("kind");
                return q.Where(r => kind == null || r.Kind == kind);
            })
            .Argument<WomenCadreActivityKindEnum>("kind");
        this.Single<WomenCadreActivity, WomenCadreActivityType>("womenCadreActivity", "One activity; null when there is none with that id.");

        this.List<CongressWomenContent, CongressWomenContentPageType>("congressWomenContents", "Content about women included in Party congress documents.");
        this.Single<CongressWomenContent, CongressWomenContentType>("congressWomenContent", "One such content; null when there is none with that id.");

        this.List<ProgrammeProposal, ProgrammeProposalPageType>("programmeProposals", "Proposals to take part in national target programmes and local projects.", (c, q) =>
            {
                var kind = c.GetArgument<ProgrammeKind?>("kind");
                var accepted = c.GetArgument<bool?>("accepted");
                return q.Where(r => (kind == null || r.Kind == kind) && (accepted == null || r.Accepted == accepted));
            })
            .Argument<ProgrammeKindEnum>("kind")
            .Argument<BooleanGraphType>("accepted");
        this.Single<ProgrammeProposal, ProgrammeProposalType>("programmeProposal", "One proposal; null when there is none with that id.");
    }
}
