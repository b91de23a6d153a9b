using GraphQL;
using GraphQL.Types;
using Modular.Modules.Organisation.Data;
using Modular.Modules.Organisation.Domain;
using Modular.Shared.GraphQL;
using RecordIds = Modular.Shared.Records.RecordIds;

namespace Modular.Modules.Organisation.GraphQL;

/// <summary>The writes under <c>organisation { ... }</c> in Mutation.</summary>
internal sealed class OrganisationMutationType : ObjectGraphType
{
    public OrganisationMutationType()
    {
        Name = "OrganisationMutation";
        Description = "Ghi dữ liệu xây dựng tổ chức Hội và ứng dụng công nghệ thông tin";

        Field<NonNullGraphType<MemberType>>("createMember")
            .Description("Registers a member at a base union (or affiliated union).")
            .Argument<NonNullGraphType<CreateMemberInputType>>("input")
            .ResolveAsync(async c => await c.Service<MemberRegister>().CreateAsync(c.GetArgument<CreateMemberInput>("input"), c.CancellationToken));
        Field<NonNullGraphType<MemberType>>("updateMember")
            .Description("Corrects a member's details.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<UpdateMemberInputType>>("input")
            .ResolveAsync(async c => await c.Service<MemberRegister>().UpdateAsync(RecordIds.Parse(c.GetArgument<string>("id")), c.GetArgument<UpdateMemberInput>("input"), c.CancellationToken));
        Field<NonNullGraphType<MemberType>>("moveMember")
            .Description("Moves an active member to another unit from a day, keeping her history.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<StringGraphType>>("toUnitCode")
            .Argument<NonNullGraphType<CalendarDateGraphType>>("date", a => a.Description = "First day at the new unit.")
            .ResolveAsync(async c => await c.Service<MemberRegister>().MoveAsync(
                RecordIds.Parse(c.GetArgument<string>("id")), c.GetArgument<string>("toUnitCode"), c.GetArgument<DateOnly>("date"), c.CancellationToken));
        Field<NonNullGraphType<MemberType>>("endMembership")
            .Description("Records that an active member left the union, died, or moved out of the province on a day (no longer counted from it).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<MembershipEndEnum>>("status")
            .Argument<NonNullGraphType<CalendarDateGraphType>>("date")
            .ResolveAsync(async c => await c.Service<MemberRegister>().EndAsync(
                RecordIds.Parse(c.GetArgument<string>("id")), c.GetArgument<MemberStatus>("status"), c.GetArgument<DateOnly>("date"), c.CancellationToken));
        Field<NonNullGraphType<BooleanGraphType>>("deleteMember")
            .Description("Removes a member entered by mistake, with her history (use endMembership for members who left).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Service<MemberRegister>().DeleteAsync(RecordIds.Parse(c.GetArgument<string>("id")), c.CancellationToken));

        Records<ActivityType, ActivityTypeInput, ActivityTypeType, ActivityTypeInputType>("ActivityType");
        Records<UnionModel, UnionModelInput, UnionModelType, UnionModelInputType>("Model");
        Records<Cadre, CadreInput, CadreType, CadreInputType>("Cadre");
        Records<BranchHead, BranchHeadInput, BranchHeadType, BranchHeadInputType>("BranchHead");
        Records<JointActivity, JointActivityInput, JointActivityType, JointActivityInputType>("JointActivity");
        Records<CommunicationMaterial, CommunicationMaterialInput, CommunicationMaterialType, CommunicationMaterialInputType>("CommunicationMaterial");
        Records<CommunicationActivity, CommunicationActivityInput, CommunicationActivityType, CommunicationActivityInputType>("CommunicationActivity");
        Records<WebsiteCase, WebsiteCaseInput, WebsiteCaseType, WebsiteCaseInputType>("WebsiteCase");
        Records<NetworkedComputer, NetworkedComputerInput, NetworkedComputerType, NetworkedComputerInputType>("NetworkedComputer");
        Records<DigitalTraining, DigitalTrainingInput, DigitalTrainingType, DigitalTrainingInputType>("DigitalTraining");
    }

    /// <summary><c>create</c>, <c>update</c> and <c>delete</c> of one kind of record.</summary>
    private void Records<TRecord, TInput, TRecordType, TInputType>(string name)
        where TRecord : OrganisationRecord, new()
        where TInput : IRecordInput<TRecord>
        where TRecordType : IGraphType
        where TInputType : IGraphType
    {
        Field<NonNullGraphType<TRecordType>>("create" + name)
            .Argument<NonNullGraphType<TInputType>>("input")
            .ResolveAsync(async c => await c.Service<RecordStore>().CreateAsync<TRecord, TInput>(c.GetArgument<TInput>("input"), c.CancellationToken));
        Field<NonNullGraphType<TRecordType>>("update" + name)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<TInputType>>("input")
            .ResolveAsync(async c => await c.Service<RecordStore>().UpdateAsync<TRecord, TInput>(RecordIds.Parse(c.GetArgument<string>("id")), c.GetArgument<TInput>("input"), c.CancellationToken));
        Field<NonNullGraphType<BooleanGraphType>>("delete" + name)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Service<RecordStore>().DeleteAsync<TRecord>(RecordIds.Parse(c.GetArgument<string>("id")), c.CancellationToken));
    }
}
