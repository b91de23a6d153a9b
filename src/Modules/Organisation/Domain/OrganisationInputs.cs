using System.ComponentModel;

namespace Modular.Modules.Organisation.Domain;

internal sealed record ActivityTypeInput([property: Description("The base union keeping the activity up.")] string UnitCode, ActivityKind Kind, [property: Description("e.g. CLB Dân vũ phường.")] string Name, DateOnly StartedOn, [property: Description("First day no longer kept up.")] DateOnly? EndedOn) : IRecordInput<ActivityType>;

internal sealed record UnionModelInput(string UnitCode, UnionModelKind Kind, string Name, DateOnly StartedOn, [property: Description("First day no longer running.")] DateOnly? EndedOn, int? Participants) : IRecordInput<UnionModel>;

internal sealed record CadreInput(string UnitCode, string FullName, string? Position, bool ProficientInSoftware, DateOnly StartedOn, [property: Description("First day no longer in post.")] DateOnly? EndedOn) : IRecordInput<Cadre>;

internal sealed record BranchHeadInput([property: Description("The base union of the branch.")] string UnitCode, string FullName, [property: Description("The branch's name.")] string Branch, DateOnly StartedOn, [property: Description("First day no longer branch head.")] DateOnly? EndedOn, [property: Description("Day she was trained in union work.")] DateOnly? TrainedOn) : IRecordInput<BranchHead>;

internal sealed record JointActivityInput(string UnitCode, string Title, [property: Description("The agencies and organisations it was held with.")] string Partners, DateOnly HeldOn, int Participants) : IRecordInput<JointActivity>;

internal sealed record CommunicationMaterialInput(string UnitCode, string Title, DateOnly IssuedOn, bool Digitised, [property: Description("Posted on the union's website or official social-media pages.")] bool PostedOnline) : IRecordInput<CommunicationMaterial>;

internal sealed record CommunicationActivityInput(string UnitCode, string Title, DateOnly HeldOn, bool OnDigitalPlatform, int? Participants) : IRecordInput<CommunicationActivity>;

internal sealed record WebsiteCaseInput(string UnitCode, string Summary, DateOnly ReportedOn, [property: Description("Day she was advised and supported.")] DateOnly? HandledOn, string? Outcome) : IRecordInput<WebsiteCase>;

internal sealed record NetworkedComputerInput(string UnitCode, int Quantity, string? Description, DateOnly InstalledOn, [property: Description("First day no longer in use.")] DateOnly? RetiredOn) : IRecordInput<NetworkedComputer>;

internal sealed record DigitalTrainingInput(string UnitCode, string Title, DateOnly HeldOn, int Participants, int EthnicMinorityParticipants) : IRecordInput<DigitalTraining>;

/// <summary>A member's personal details, as typed on the register.</summary>
internal interface IMemberDetails
{
    string FullName { get; }

    int BirthYear { get; }

    string Ethnicity { get; }

    string? Religion { get; }

    string? Branch { get; }

    DateOnly JoinedOn { get; }
}

/// <summary>
/// A new member for a unit's register: one who joins here, or (with <see cref="MovedInOn"/>) one who joined the union
/// outside the province and moved in on that day.
/// </summary>
internal sealed record CreateMemberInput(string UnitCode, string FullName, int BirthYear, string Ethnicity, string? Religion, string? Branch, DateOnly JoinedOn, DateOnly? MovedInOn = null) : IMemberDetails;

/// <summary>Corrections to a member's details; her unit changes only through a move.</summary>
internal sealed record UpdateMemberInput(string FullName, int BirthYear, string Ethnicity, string? Religion, string? Branch, DateOnly JoinedOn) : IMemberDetails;
