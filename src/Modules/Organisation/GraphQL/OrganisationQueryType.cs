using GraphQL;
using GraphQL.Types;
using Modular.Modules.Organisation.Data;
using Modular.Modules.Organisation.Domain;
using Modular.Shared.GraphQL;
using RecordIds = Modular.Shared.Records.RecordIds;

namespace Modular.Modules.Organisation.GraphQL;

/// <summary>The fields under <c>organisation { ... }</c>.</summary>
internal sealed class OrganisationQueryType : ObjectGraphType
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
            .ResolveAsync(async c => await c.Service<MemberRegister>().SearchAsync(
                new MemberFilter(
                    c.GetArgument<string?>("unitCode"),
                    c.GetArgument<string?>("search"),
                    c.GetArgument<MemberStatus?>("status"),
                    c.GetArgument<int?>("birthYearFrom"),
                    c.GetArgument<int?>("birthYearTo")),
                PageRequest.From(c),
                c.CancellationToken));
        Field<MemberType>("member")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Service<MemberRegister>().GetAsync(RecordIds.Parse(c.GetArgument<string>("id")), c.CancellationToken));

        Records<ActivityType, ActivityTypeType, ActivityTypePageType>("activityType", "activityTypes");
        Records<UnionModel, UnionModelType, UnionModelPageType>("model", "models");
        Records<Cadre, CadreType, CadrePageType>("cadre", "cadres");
        Records<BranchHead, BranchHeadType, BranchHeadPageType>("branchHead", "branchHeads");
        Records<JointActivity, JointActivityType, JointActivityPageType>("jointActivity", "jointActivities");
        Records<CommunicationMaterial, CommunicationMaterialType, CommunicationMaterialPageType>("communicationMaterial", "communicationMaterials");
        Records<CommunicationActivity, CommunicationActivityType, CommunicationActivityPageType>("communicationActivity", "communicationActivities");
        Records<WebsiteCase, WebsiteCaseType, WebsiteCasePageType>("websiteCase", "websiteCases");
        Records<NetworkedComputer, NetworkedComputerType, NetworkedComputerPageType>("networkedComputer", "networkedComputers");
        Records<DigitalTraining, DigitalTrainingType, DigitalTrainingPageType>("digitalTraining", "digitalTrainings");
    }

    /// <summary>A record by id, and the records of a unit's subtree.</summary>
    private void Records<TRecord, TRecordType, TPageType>(string one, string many)
        where TRecord : OrganisationRecord, IDated<TRecord>
        where TRecordType : IGraphType
        where TPageType : IGraphType
    {
        Field<TRecordType>(one)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Service<RecordStore>().GetAsync<TRecord>(RecordIds.Parse(c.GetArgument<string>("id")), c.CancellationToken));
        Field<NonNullGraphType<TPageType>>(many)
            .Description("The records of a unit's subtree (the caller's unit by default), latest first; optionally only those held or in place between from and to.")
            .Argument<StringGraphType>("unitCode")
            .Argument<CalendarDateGraphType>("from")
            .Argument<CalendarDateGraphType>("to")
            .Paged()
            .ResolveAsync(async c => await c.Service<RecordStore>().ListAsync<TRecord>(
                c.GetArgument<string?>("unitCode"), c.GetArgument<DateOnly?>("from"), c.GetArgument<DateOnly?>("to"), PageRequest.From(c), c.CancellationToken));
    }
}
