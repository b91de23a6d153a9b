using GraphQL.Types;
using Modular.Modules.Organisation.Domain;
using Modular.Shared.Access;
using Modular.Shared.GraphQL;

namespace Modular.Modules.Organisation.GraphQL;

internal sealed class ActivityKindEnum : EnumerationGraphType<ActivityKind>
{
    public ActivityKindEnum()
    {
        Name = "OrganisationActivityKind";
        Description = "Loại hình hoạt động vận động phụ nữ.";
    }
}

internal sealed class UnionModelKindEnum : EnumerationGraphType<UnionModelKind>
{
    public UnionModelKindEnum()
    {
        Name = "OrganisationModelKind";
        Description = "Loại mô hình.";
    }
}

internal sealed class MemberStatusEnum : EnumerationGraphType<MemberStatus>
{
    public MemberStatusEnum()
    {
        Name = "OrganisationMemberStatus";
        Description = "Tình trạng hội viên.";
    }
}

internal sealed class MembershipReasonEnum : EnumerationGraphType<MembershipReason>
{
    public MembershipReasonEnum()
    {
        Name = "OrganisationMembershipReason";
        Description = "Lý do bắt đầu hoặc kết thúc sinh hoạt tại một đơn vị.";
    }
}

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

/// <summary>The fields every dated record shows: its id and its unit.</summary>
internal abstract class RecordGraphType<TRecord> : ObjectGraphType<TRecord>
    where TRecord : OrganisationRecord
{
    protected RecordGraphType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<RecordUnitType>>("unit")
            .ResolveAsync(async c => await c.Service<UnitAccess>().FindAsync(c.Source.UnitId, c.CancellationToken));
    }
}

internal sealed class ActivityTypeType : RecordGraphType<ActivityType>
{
    public ActivityTypeType()
        : base("OrganisationActivityType", "A type of activity a base union keeps up (loại hình hoạt động).")
    {
        Field<NonNullGraphType<ActivityKindEnum>>("kind").Resolve(c => c.Source.Kind);
        Field(a => a.Name);
        Field(a => a.StartedOn);
        Field(a => a.EndedOn, nullable: true).Description("First day no longer kept up; null while it is.");
    }
}

internal sealed class UnionModelType : RecordGraphType<UnionModel>
{
    public UnionModelType()
        : base("OrganisationModel", "A model a base union runs (mô hình).")
    {
        Field<NonNullGraphType<UnionModelKindEnum>>("kind").Resolve(c => c.Source.Kind);
        Field(m => m.Name);
        Field(m => m.StartedOn);
        Field(m => m.EndedOn, nullable: true).Description("First day no longer running; null while it runs.");
        Field(m => m.Participants, nullable: true);
    }
}

internal sealed class CadreType : RecordGraphType<Cadre>
{
    public CadreType()
        : base("OrganisationCadre", "A full-time cadre (cán bộ chuyên trách).")
    {
        Field(c => c.FullName);
        Field(c => c.Position, nullable: true);
        Field(c => c.ProficientInSoftware).Description("Uses the basic software of union work proficiently.");
        Field(c => c.StartedOn);
        Field(c => c.EndedOn, nullable: true).Description("First day no longer in post; null while in post.");
    }
}

internal sealed class BranchHeadType : RecordGraphType<BranchHead>
{
    public BranchHeadType()
        : base("OrganisationBranchHead", "A branch head (chi hội trưởng).")
    {
        Field(b => b.FullName);
        Field(b => b.Branch);
        Field(b => b.StartedOn);
        Field(b => b.EndedOn, nullable: true).Description("First day no longer branch head; null while she is.");
        Field(b => b.TrainedOn, nullable: true).Description("Day she was trained in union work; null if not yet.");
    }
}

internal sealed class JointActivityType : RecordGraphType<JointActivity>
{
    public JointActivityType()
        : base("OrganisationJointActivity", "An activity held with local agencies that raises women's knowledge.")
    {
        Field(a => a.Title);
        Field(a => a.Partners);
        Field(a => a.HeldOn);
        Field(a => a.Participants);
    }
}

internal sealed class CommunicationMaterialType : RecordGraphType<CommunicationMaterial>
{
    public CommunicationMaterialType()
        : base("OrganisationCommunicationMaterial", "A communication material (tài liệu truyền thông).")
    {
        Field(m => m.Title);
        Field(m => m.IssuedOn);
        Field(m => m.Digitised);
        Field(m => m.PostedOnline).Description("Posted on the union's website or official social-media pages.");
    }
}

internal sealed class CommunicationActivityType : RecordGraphType<CommunicationActivity>
{
    public CommunicationActivityType()
        : base("OrganisationCommunicationActivity", "A communication activity (hoạt động truyền thông).")
    {
        Field(a => a.Title);
        Field(a => a.HeldOn);
        Field(a => a.OnDigitalPlatform);
        Field(a => a.Participants, nullable: true);
    }
}

internal sealed class WebsiteCaseType : RecordGraphType<WebsiteCase>
{
    public WebsiteCaseType()
        : base("OrganisationWebsiteCase", "A case a woman reported through the union's website.")
    {
        Field(w => w.Summary);
        Field(w => w.ReportedOn);
        Field(w => w.HandledOn, nullable: true).Description("Day she was advised and supported; null while not yet.");
        Field(w => w.Outcome, nullable: true);
    }
}

internal sealed class NetworkedComputerType : RecordGraphType<NetworkedComputer>
{
    public NetworkedComputerType()
        : base("OrganisationNetworkedComputer", "Computers with a network connection at a union's office.")
    {
        Field(n => n.Quantity);
        Field(n => n.Description, nullable: true);
        Field(n => n.InstalledOn);
        Field(n => n.RetiredOn, nullable: true).Description("First day no longer in use; null while in use.");
    }
}

internal sealed class DigitalTrainingType : RecordGraphType<DigitalTraining>
{
    public DigitalTrainingType()
        : base("OrganisationDigitalTraining", "A talk or training on digital transformation for women.")
    {
        Field(t => t.Title);
        Field(t => t.HeldOn);
        Field(t => t.Participants);
        Field(t => t.EthnicMinorityParticipants);
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

internal sealed class ActivityTypePageType() : PageGraphType<ActivityType, ActivityTypeType>("OrganisationActivityTypePage");

internal sealed class UnionModelPageType() : PageGraphType<UnionModel, UnionModelType>("OrganisationModelPage");

internal sealed class CadrePageType() : PageGraphType<Cadre, CadreType>("OrganisationCadrePage");

internal sealed class BranchHeadPageType() : PageGraphType<BranchHead, BranchHeadType>("OrganisationBranchHeadPage");

internal sealed class JointActivityPageType() : PageGraphType<JointActivity, JointActivityType>("OrganisationJointActivityPage");

internal sealed class CommunicationMaterialPageType() : PageGraphType<CommunicationMaterial, CommunicationMaterialType>("OrganisationCommunicationMaterialPage");

internal sealed class CommunicationActivityPageType() : PageGraphType<CommunicationActivity, CommunicationActivityType>("OrganisationCommunicationActivityPage");

internal sealed class WebsiteCasePageType() : PageGraphType<WebsiteCase, WebsiteCaseType>("OrganisationWebsiteCasePage");

internal sealed class NetworkedComputerPageType() : PageGraphType<NetworkedComputer, NetworkedComputerType>("OrganisationNetworkedComputerPage");

internal sealed class DigitalTrainingPageType() : PageGraphType<DigitalTraining, DigitalTrainingType>("OrganisationDigitalTrainingPage");
