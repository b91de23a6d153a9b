using Modular.Shared;

namespace Modular.Modules.Organisation.Domain;

/// <summary>What an officer types for a record: its unit, and how it fills the record (text cleaned).</summary>
internal interface IRecordInput<in TRecord>
    where TRecord : OrganisationRecord
{
    string UnitCode { get; }

    void ApplyTo(TRecord record);
}

internal sealed record ActivityTypeInput(string UnitCode, ActivityKind Kind, string Name, DateOnly StartedOn, DateOnly? EndedOn) : IRecordInput<ActivityType>
{
    public void ApplyTo(ActivityType record)
    {
        record.Kind = Kind;
        record.Name = VietnameseText.Clean(Name)!;
        record.StartedOn = StartedOn;
        record.EndedOn = EndedOn;
    }
}

internal sealed record UnionModelInput(string UnitCode, UnionModelKind Kind, string Name, DateOnly StartedOn, DateOnly? EndedOn, int? Participants) : IRecordInput<UnionModel>
{
    public void ApplyTo(UnionModel record)
    {
        record.Kind = Kind;
        record.Name = VietnameseText.Clean(Name)!;
        record.StartedOn = StartedOn;
        record.EndedOn = EndedOn;
        record.Participants = Participants;
    }
}

internal sealed record CadreInput(string UnitCode, string FullName, string? Position, bool ProficientInSoftware, DateOnly StartedOn, DateOnly? EndedOn) : IRecordInput<Cadre>
{
    public void ApplyTo(Cadre record)
    {
        record.FullName = VietnameseText.Clean(FullName)!;
        record.Position = VietnameseText.Clean(Position);
        record.ProficientInSoftware = ProficientInSoftware;
        record.StartedOn = StartedOn;
        record.EndedOn = EndedOn;
    }
}

internal sealed record BranchHeadInput(string UnitCode, string FullName, string Branch, DateOnly StartedOn, DateOnly? EndedOn, DateOnly? TrainedOn) : IRecordInput<BranchHead>
{
    public void ApplyTo(BranchHead record)
    {
        record.FullName = VietnameseText.Clean(FullName)!;
        record.Branch = VietnameseText.Clean(Branch)!;
        record.StartedOn = StartedOn;
        record.EndedOn = EndedOn;
        record.TrainedOn = TrainedOn;
    }
}

internal sealed record JointActivityInput(string UnitCode, string Title, string Partners, DateOnly HeldOn, int Participants) : IRecordInput<JointActivity>
{
    public void ApplyTo(JointActivity record)
    {
        record.Title = VietnameseText.Clean(Title)!;
        record.Partners = VietnameseText.Clean(Partners)!;
        record.HeldOn = HeldOn;
        record.Participants = Participants;
    }
}

internal sealed record CommunicationMaterialInput(string UnitCode, string Title, DateOnly IssuedOn, bool Digitised, bool PostedOnline) : IRecordInput<CommunicationMaterial>
{
    public void ApplyTo(CommunicationMaterial record)
    {
        record.Title = VietnameseText.Clean(Title)!;
        record.IssuedOn = IssuedOn;
        record.Digitised = Digitised;
        record.PostedOnline = PostedOnline;
    }
}

internal sealed record CommunicationActivityInput(string UnitCode, string Title, DateOnly HeldOn, bool OnDigitalPlatform, int? Participants) : IRecordInput<CommunicationActivity>
{
    public void ApplyTo(CommunicationActivity record)
    {
        record.Title = VietnameseText.Clean(Title)!;
        record.HeldOn = HeldOn;
        record.OnDigitalPlatform = OnDigitalPlatform;
        record.Participants = Participants;
    }
}

internal sealed record WebsiteCaseInput(string UnitCode, string Summary, DateOnly ReportedOn, DateOnly? HandledOn, string? Outcome) : IRecordInput<WebsiteCase>
{
    public void ApplyTo(WebsiteCase record)
    {
        record.Summary = VietnameseText.Clean(Summary)!;
        record.ReportedOn = ReportedOn;
        record.HandledOn = HandledOn;
        record.Outcome = VietnameseText.Clean(Outcome);
    }
}

internal sealed record NetworkedComputerInput(string UnitCode, int Quantity, string? Description, DateOnly InstalledOn, DateOnly? RetiredOn) : IRecordInput<NetworkedComputer>
{
    public void ApplyTo(NetworkedComputer record)
    {
        record.Quantity = Quantity;
        record.Description = VietnameseText.Clean(Description);
        record.InstalledOn = InstalledOn;
        record.RetiredOn = RetiredOn;
    }
}

internal sealed record DigitalTrainingInput(string UnitCode, string Title, DateOnly HeldOn, int Participants, int EthnicMinorityParticipants) : IRecordInput<DigitalTraining>
{
    public void ApplyTo(DigitalTraining record)
    {
        record.Title = VietnameseText.Clean(Title)!;
        record.HeldOn = HeldOn;
        record.Participants = Participants;
        record.EthnicMinorityParticipants = EthnicMinorityParticipants;
    }
}

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
