using GraphQL;
using GraphQL.Types;
using Modular.Shared.Transfer;

namespace Modular.Modules.Organisation.GraphQL;

/// <summary>The fields under <c>organisation { ... }</c>.</summary>
internal sealed class OrganisationQueryType : RecordQueryType<OrganisationDbContext>
{
    public OrganisationQueryType()
    {
        Name = "OrganisationQuery";
        Description = "Xây dựng tổ chức Hội và ứng dụng công nghệ thông tin";
        Field<NonNullGraphType<StringGraphType>>("moduleName").Description("The module's name in Vietnamese.").Resolve(_ => "Xây dựng tổ chức Hội và ứng dụng công nghệ thông tin");

        Field<NonNullGraphType<MemberPageType>>("members")
            .Description("The member register of a unit's subtree (the caller's unit by default), by name.")
            .Argument<StringGraphType>("unitCode")
            .Argument<StringGraphType>("search", a => a.Description = "Part of the name, accents optional: \"Nguyen Thi\" finds \"Nguyễn Thị\".")
            .Argument<MemberStatusEnum>("status")
            .Argument<IntGraphType>("birthYearFrom")
            .Argument<IntGraphType>("birthYearTo")
            .Paged()
            .ExportedBy(new MemberFiles())
            .ResolveAsync(async c => await c.Service<MemberRegister>().SearchAsync(
                new MemberFilter(
                    c.GetArgument<string?>("unitCode"),
                    c.GetArgument<string?>("search"),
                    c.GetArgument<MemberStatus?>("status"),
                    c.GetArgument<int?>("birthYearFrom"),
                    c.GetArgument<int?>("birthYearTo")),
                PageRequest.From(c),
                c.CancellationToken));
        Field<NonNullGraphType<MemberType>>("member")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Service<MemberRegister>().GetAsync(c.GetArgument<string>("id"), c.CancellationToken));

        List<ActivityType, ActivityTypeType>("activityTypes", "Types of activity base unions keep up; from/to: those kept up at some time in the range.");
        Single<ActivityType, ActivityTypeType>("activityType");

        List<UnionModel, UnionModelType>("models", "Models base unions run; from/to: those running at some time in the range.");
        Single<UnionModel, UnionModelType>("model");

        List<Cadre, CadreType>("cadres", "Full-time cadres; from/to: those in post at some time in the range.");
        Single<Cadre, CadreType>("cadre");

        List<BranchHead, BranchHeadType>("branchHeads", "Branch heads; from/to: those in place at some time in the range.");
        Single<BranchHead, BranchHeadType>("branchHead");

        List<JointActivity, JointActivityType>("jointActivities", "Activities held with local agencies, by the day held.");
        Single<JointActivity, JointActivityType>("jointActivity");

        List<CommunicationMaterial, CommunicationMaterialType>("communicationMaterials", "Communication materials, by the day issued.");
        Single<CommunicationMaterial, CommunicationMaterialType>("communicationMaterial");

        List<CommunicationActivity, CommunicationActivityType>("communicationActivities", "Communication activities, by the day held.");
        Single<CommunicationActivity, CommunicationActivityType>("communicationActivity");

        List<WebsiteCase, WebsiteCaseType>("websiteCases", "Cases reported through the website, by the day reported.");
        Single<WebsiteCase, WebsiteCaseType>("websiteCase");

        List<NetworkedComputer, NetworkedComputerType>("networkedComputers", "Networked computers; from/to: those in use at some time in the range.");
        Single<NetworkedComputer, NetworkedComputerType>("networkedComputer");

        List<DigitalTraining, DigitalTrainingType>("digitalTrainings", "Talks and trainings on digital transformation, by the day held.");
        Single<DigitalTraining, DigitalTrainingType>("digitalTraining");
    }
}
