using GraphQL.Types;

namespace Modular.Modules.Organisation.GraphQL;

internal sealed class ActivityKindEnum() : ModuleEnumGraphType<ActivityKind>("OrganisationActivityKind", "Loại hình hoạt động vận động phụ nữ.");

internal sealed class UnionModelKindEnum() : ModuleEnumGraphType<UnionModelKind>("OrganisationModelKind", "Loại mô hình.");

internal sealed class MemberStatusEnum() : ModuleEnumGraphType<MemberStatus>("OrganisationMemberStatus", "Tình trạng hội viên.");

internal sealed class MembershipReasonEnum() : ModuleEnumGraphType<MembershipReason>("OrganisationMembershipReason", "Lý do bắt đầu hoặc kết thúc sinh hoạt tại một đơn vị.");

/// <summary>The ways a member leaves the province's registers (a move inside the province is moveMember).</summary>
internal sealed class MembershipEndEnum : EnumerationGraphType
{
    public MembershipEndEnum()
    {
        Name = "OrganisationMembershipEnd";
        Add("LEFT", MemberStatus.Left, "Ra khỏi Hội");
        Add("DECEASED", MemberStatus.Deceased, "Từ trần");
        Add("MOVED", MemberStatus.Moved, "Chuyển sinh hoạt ra ngoài tỉnh");
    }
}

internal sealed class MembershipPeriodType : ObjectGraphType<MembershipPeriod>
{
    public MembershipPeriodType()
    {
        Name = "OrganisationMembershipPeriod";
        Description = "A member's stay at a unit.";
        Field<NonNullGraphType<RecordUnitType>>("unit")
            .ResolveAsync(async c => await c.Service<UnitAccess>().FindAsync(c.Source.UnitId, c.CancellationToken));
        Field(p => p.From);
        Field(p => p.To, nullable: true).Description("First day no longer at the unit; null while she is.");
        Field<NonNullGraphType<MembershipReasonEnum>>("startReason").Resolve(c => c.Source.StartReason);
        Field<MembershipReasonEnum>("endReason").Resolve(c => c.Source.EndReason);
    }
}

internal sealed class MemberType : ObjectGraphType<Member>
{
    public MemberType()
    {
        Name = "OrganisationMember";
        Description = "A member on the register (personal data: readable inside the caller's subtree only).";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<RecordUnitType>>("unit").Description("Her current (or last) unit.")
            .ResolveAsync(async c => await c.Service<UnitAccess>().FindAsync(c.Source.UnitId, c.CancellationToken));
        Field(m => m.FullName);
        Field(m => m.BirthYear);
        Field(m => m.Ethnicity);
        Field(m => m.Religion, nullable: true);
        Field(m => m.Branch, nullable: true);
        Field(m => m.JoinedOn);
        Field<RecordUnitType>("joinedUnit").Description("The unit she joined at; null when she joined outside the province.")
            .ResolveAsync(async c => c.Source.JoinedUnitId is { } unitId ? await c.Service<UnitAccess>().FindAsync(unitId, c.CancellationToken) : null);
        Field<NonNullGraphType<MemberStatusEnum>>("status").Resolve(c => c.Source.Status);
        Field(m => m.EndedOn, nullable: true).Description("Day she moved out of the province, left or died.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MembershipPeriodType>>>>("history")
            .Description("Her stays at units, oldest first.")
            .Resolve(c => c.Source.History.OrderBy(p => p.From).ThenBy(p => p.Id).ToList());
    }
}

internal sealed class MemberPageType() : PageGraphType<Member, MemberType>("OrganisationMemberPage");

internal sealed class ActivityTypeType() : RecordGraphType<ActivityType>("OrganisationActivityType", "A type of activity a base union keeps up (loại hình hoạt động).");

internal sealed class UnionModelType() : RecordGraphType<UnionModel>("OrganisationModel", "A model a base union runs (mô hình).");

internal sealed class CadreType() : RecordGraphType<Cadre>("OrganisationCadre", "A full-time cadre (cán bộ chuyên trách).");

internal sealed class BranchHeadType() : RecordGraphType<BranchHead>("OrganisationBranchHead", "A branch head (chi hội trưởng).");

internal sealed class JointActivityType() : RecordGraphType<JointActivity>("OrganisationJointActivity", "An activity held with local agencies that raises women's knowledge.");

internal sealed class CommunicationMaterialType() : RecordGraphType<CommunicationMaterial>("OrganisationCommunicationMaterial", "A communication material (tài liệu truyền thông).");

internal sealed class CommunicationActivityType() : RecordGraphType<CommunicationActivity>("OrganisationCommunicationActivity", "A communication activity (hoạt động truyền thông).");

internal sealed class WebsiteCaseType() : RecordGraphType<WebsiteCase>("OrganisationWebsiteCase", "A case a woman reported through the union's website.");

internal sealed class NetworkedComputerType() : RecordGraphType<NetworkedComputer>("OrganisationNetworkedComputer", "Computers with a network connection at a union's office.");

internal sealed class DigitalTrainingType() : RecordGraphType<DigitalTraining>("OrganisationDigitalTraining", "A talk or training on digital transformation for women.");

internal sealed class CreateMemberInputType : InputObjectGraphType<CreateMemberInput>
{
    public CreateMemberInputType()
    {
        Name = "OrganisationCreateMemberInput";
        Field(i => i.UnitCode).Description("The base union (or affiliated union) whose register she joins.");
        Field(i => i.FullName);
        Field(i => i.BirthYear);
        Field(i => i.Ethnicity);
        Field(i => i.Religion, nullable: true);
        Field(i => i.Branch, nullable: true).Description("The branch (chi hội) as the base union names it.");
        Field(i => i.JoinedOn).Description("The day she joined the union.");
        Field(i => i.MovedInOn, nullable: true).Description("For a member who joined outside the province: the day she moved in.");
    }
}

internal sealed class UpdateMemberInputType : InputObjectGraphType<UpdateMemberInput>
{
    public UpdateMemberInputType()
    {
        Name = "OrganisationUpdateMemberInput";
        Field(i => i.FullName);
        Field(i => i.BirthYear);
        Field(i => i.Ethnicity);
        Field(i => i.Religion, nullable: true);
        Field(i => i.Branch, nullable: true);
        Field(i => i.JoinedOn);
    }
}

internal sealed class ActivityTypeInputType() : RecordInputGraphType<ActivityTypeInput>("OrganisationActivityTypeInput");

internal sealed class UnionModelInputType() : RecordInputGraphType<UnionModelInput>("OrganisationModelInput");

internal sealed class CadreInputType() : RecordInputGraphType<CadreInput>("OrganisationCadreInput");

internal sealed class BranchHeadInputType() : RecordInputGraphType<BranchHeadInput>("OrganisationBranchHeadInput");

internal sealed class JointActivityInputType() : RecordInputGraphType<JointActivityInput>("OrganisationJointActivityInput");

internal sealed class CommunicationMaterialInputType() : RecordInputGraphType<CommunicationMaterialInput>("OrganisationCommunicationMaterialInput");

internal sealed class CommunicationActivityInputType() : RecordInputGraphType<CommunicationActivityInput>("OrganisationCommunicationActivityInput");

internal sealed class WebsiteCaseInputType() : RecordInputGraphType<WebsiteCaseInput>("OrganisationWebsiteCaseInput");

internal sealed class NetworkedComputerInputType() : RecordInputGraphType<NetworkedComputerInput>("OrganisationNetworkedComputerInput");

internal sealed class DigitalTrainingInputType() : RecordInputGraphType<DigitalTrainingInput>("OrganisationDigitalTrainingInput");
