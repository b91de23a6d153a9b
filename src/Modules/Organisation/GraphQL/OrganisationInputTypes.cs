using GraphQL.Types;
using Modular.Modules.Organisation.Domain;

namespace Modular.Modules.Organisation.GraphQL;

internal sealed class ActivityTypeInputType : InputObjectGraphType<ActivityTypeInput>
{
    public ActivityTypeInputType()
    {
        Name = "OrganisationActivityTypeInput";
        Field(i => i.UnitCode).Description("The base union keeping the activity up.");
        Field<NonNullGraphType<ActivityKindEnum>>("kind");
        Field(i => i.Name).Description("e.g. CLB Dân vũ phường.");
        Field(i => i.StartedOn);
        Field(i => i.EndedOn, nullable: true).Description("First day no longer kept up.");
    }
}

internal sealed class UnionModelInputType : InputObjectGraphType<UnionModelInput>
{
    public UnionModelInputType()
    {
        Name = "OrganisationModelInput";
        Field(i => i.UnitCode);
        Field<NonNullGraphType<UnionModelKindEnum>>("kind");
        Field(i => i.Name);
        Field(i => i.StartedOn);
        Field(i => i.EndedOn, nullable: true).Description("First day no longer running.");
        Field(i => i.Participants, nullable: true);
    }
}

internal sealed class CadreInputType : InputObjectGraphType<CadreInput>
{
    public CadreInputType()
    {
        Name = "OrganisationCadreInput";
        Field(i => i.UnitCode);
        Field(i => i.FullName);
        Field(i => i.Position, nullable: true);
        Field(i => i.ProficientInSoftware);
        Field(i => i.StartedOn);
        Field(i => i.EndedOn, nullable: true).Description("First day no longer in post.");
    }
}

internal sealed class BranchHeadInputType : InputObjectGraphType<BranchHeadInput>
{
    public BranchHeadInputType()
    {
        Name = "OrganisationBranchHeadInput";
        Field(i => i.UnitCode).Description("The base union of the branch.");
        Field(i => i.FullName);
        Field(i => i.Branch).Description("The branch's name.");
        Field(i => i.StartedOn);
        Field(i => i.EndedOn, nullable: true).Description("First day no longer branch head.");
        Field(i => i.TrainedOn, nullable: true).Description("Day she was trained in union work.");
    }
}

internal sealed class JointActivityInputType : InputObjectGraphType<JointActivityInput>
{
    public JointActivityInputType()
    {
        Name = "OrganisationJointActivityInput";
        Field(i => i.UnitCode);
        Field(i => i.Title);
        Field(i => i.Partners).Description("The agencies and organisations it was held with.");
        Field(i => i.HeldOn);
        Field(i => i.Participants);
    }
}

internal sealed class CommunicationMaterialInputType : InputObjectGraphType<CommunicationMaterialInput>
{
    public CommunicationMaterialInputType()
    {
        Name = "OrganisationCommunicationMaterialInput";
        Field(i => i.UnitCode);
        Field(i => i.Title);
        Field(i => i.IssuedOn);
        Field(i => i.Digitised);
        Field(i => i.PostedOnline).Description("Posted on the union's website or official social-media pages.");
    }
}

internal sealed class CommunicationActivityInputType : InputObjectGraphType<CommunicationActivityInput>
{
    public CommunicationActivityInputType()
    {
        Name = "OrganisationCommunicationActivityInput";
        Field(i => i.UnitCode);
        Field(i => i.Title);
        Field(i => i.HeldOn);
        Field(i => i.OnDigitalPlatform);
        Field(i => i.Participants, nullable: true);
    }
}

internal sealed class WebsiteCaseInputType : InputObjectGraphType<WebsiteCaseInput>
{
    public WebsiteCaseInputType()
    {
        Name = "OrganisationWebsiteCaseInput";
        Field(i => i.UnitCode);
        Field(i => i.Summary);
        Field(i => i.ReportedOn);
        Field(i => i.HandledOn, nullable: true).Description("Day she was advised and supported.");
        Field(i => i.Outcome, nullable: true);
    }
}

internal sealed class NetworkedComputerInputType : InputObjectGraphType<NetworkedComputerInput>
{
    public NetworkedComputerInputType()
    {
        Name = "OrganisationNetworkedComputerInput";
        Field(i => i.UnitCode);
        Field(i => i.Quantity);
        Field(i => i.Description, nullable: true);
        Field(i => i.InstalledOn);
        Field(i => i.RetiredOn, nullable: true).Description("First day no longer in use.");
    }
}

internal sealed class DigitalTrainingInputType : InputObjectGraphType<DigitalTrainingInput>
{
    public DigitalTrainingInputType()
    {
        Name = "OrganisationDigitalTrainingInput";
        Field(i => i.UnitCode);
        Field(i => i.Title);
        Field(i => i.HeldOn);
        Field(i => i.Participants);
        Field(i => i.EthnicMinorityParticipants);
    }
}

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
