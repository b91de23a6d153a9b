using GraphQL;
using GraphQL.Types;
using Modular.Shared.Transfer;

namespace Modular.Modules.Organisation.GraphQL;

/// <summary>The writes under <c>organisation { ... }</c> in Mutation.</summary>
internal sealed class OrganisationMutationType : RecordMutationType<OrganisationDbContext>
{
    public OrganisationMutationType()
    {
        Name = "OrganisationMutation";
        Description = "Ghi dữ liệu xây dựng tổ chức Hội và ứng dụng công nghệ thông tin";

        Field<NonNullGraphType<MemberType>>("createMember")
            .Description("Registers a member at a base union (or affiliated union).")
            .Argument<NonNullGraphType<CreateMemberInputType>>("input")
            .ImportedBy(new MemberFiles())
            .ResolveAsync(async c => await c.Service<MemberRegister>().CreateAsync(c.GetArgument<CreateMemberInput>("input"), c.CancellationToken));
        Field<NonNullGraphType<MemberType>>("updateMember")
            .Description("Corrects a member's details.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<UpdateMemberInputType>>("input")
            .ResolveAsync(async c => await c.Service<MemberRegister>().UpdateAsync(c.GetArgument<string>("id"), c.GetArgument<UpdateMemberInput>("input"), c.CancellationToken));
        Field<NonNullGraphType<MemberType>>("moveMember")
            .Description("Moves an active member to another unit from a day, keeping her history.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<StringGraphType>>("toUnitCode")
            .Argument<NonNullGraphType<CalendarDateGraphType>>("date", a => a.Description = "First day at the new unit.")
            .ResolveAsync(async c => await c.Service<MemberRegister>().MoveAsync(
                c.GetArgument<string>("id"), c.GetArgument<string>("toUnitCode"), c.GetArgument<DateOnly>("date"), c.CancellationToken));
        Field<NonNullGraphType<MemberType>>("endMembership")
            .Description("Records that an active member left the union, died, or moved out of the province on a day (no longer counted from it).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<MembershipEndEnum>>("status")
            .Argument<NonNullGraphType<CalendarDateGraphType>>("date")
            .ResolveAsync(async c => await c.Service<MemberRegister>().EndAsync(
                c.GetArgument<string>("id"), c.GetArgument<MemberStatus>("status"), c.GetArgument<DateOnly>("date"), c.CancellationToken));
        Field<NonNullGraphType<IdGraphType>>("deleteMember")
            .Description("Removes a member entered by mistake, with her history (use endMembership for members who left); returns her id.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Service<MemberRegister>().DeleteAsync(c.GetArgument<string>("id"), c.CancellationToken));

        Writes<ActivityType, ActivityTypeInput, ActivityTypeType, ActivityTypeInputType>("ActivityType");
        Writes<UnionModel, UnionModelInput, UnionModelType, UnionModelInputType>("Model");
        Writes<Cadre, CadreInput, CadreType, CadreInputType>("Cadre");
        Writes<BranchHead, BranchHeadInput, BranchHeadType, BranchHeadInputType>("BranchHead");
        Writes<JointActivity, JointActivityInput, JointActivityType, JointActivityInputType>("JointActivity");
        Writes<CommunicationMaterial, CommunicationMaterialInput, CommunicationMaterialType, CommunicationMaterialInputType>("CommunicationMaterial");
        Writes<CommunicationActivity, CommunicationActivityInput, CommunicationActivityType, CommunicationActivityInputType>("CommunicationActivity");
        Writes<WebsiteCase, WebsiteCaseInput, WebsiteCaseType, WebsiteCaseInputType>("WebsiteCase");
        Writes<NetworkedComputer, NetworkedComputerInput, NetworkedComputerType, NetworkedComputerInputType>("NetworkedComputer");
        Writes<DigitalTraining, DigitalTrainingInput, DigitalTrainingType, DigitalTrainingInputType>("DigitalTraining");
    }
}
