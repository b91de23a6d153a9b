using GraphQL.Types;
using Modular.Modules.Organisation.Domain;
using Modular.Shared.GraphQL;

namespace Modular.Modules.Organisation.GraphQL;

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
