using Modular.Shared;

namespace Modular.Modules.Family.Domain;

/// <summary>What a create or update mutation carries for a record: its unit and the values it sets.</summary>
internal interface IFamilyInput<in TRecord>
    where TRecord : FamilyRecord
{
    string UnitCode { get; }

    /// <summary>Copies the cleaned values onto the record; the input has been validated.</summary>
    void ApplyTo(TRecord record);
}

/// <summary>Codes stand in for people (victims, women, children): trimmed and upper case, so "pn-01" and "PN-01" are one person.</summary>
internal static class RecordCode
{
    public static string Normalize(string code) => VietnameseText.Clean(code)?.ToUpperInvariant() ?? string.Empty;
}

internal sealed record StandardHouseholdInput(string UnitCode, FamilyStandard Standard, string HouseholdHead, string Village, DateOnly ConfirmedOn)
    : IFamilyInput<StandardHousehold>
{
    public void ApplyTo(StandardHousehold record)
    {
        record.Standard = Standard;
        record.HouseholdHead = VietnameseText.Clean(HouseholdHead)!;
        record.HouseholdHeadFolded = VietnameseText.Fold(record.HouseholdHead);
        record.Village = VietnameseText.Clean(Village)!;
        record.ConfirmedOn = ConfirmedOn;
    }
}

internal sealed record CommunityWorkInput(string UnitCode, string Name, DateOnly RegisteredOn, DateOnly? CarriedOutOn)
    : IFamilyInput<CommunityWork>
{
    public void ApplyTo(CommunityWork record)
    {
        record.Name = VietnameseText.Clean(Name)!;
        record.NameFolded = VietnameseText.Fold(record.Name);
        record.RegisteredOn = RegisteredOn;
        record.CarriedOutOn = CarriedOutOn;
    }
}

internal sealed record VictimCaseInput(
    string UnitCode, string CaseCode, VictimKind Kind, VictimAgeGroup AgeGroup, DateOnly FoundOn, IReadOnlyList<VictimSupports>? Supports)
    : IFamilyInput<VictimCase>
{
    public void ApplyTo(VictimCase record)
    {
        record.CaseCode = RecordCode.Normalize(CaseCode);
        record.Kind = Kind;
        record.AgeGroup = AgeGroup;
        record.FoundOn = FoundOn;
        record.Supports = (Supports ?? []).Aggregate(VictimSupports.None, (all, one) => all | one);
    }
}

internal sealed record DisabledWomanSupportInput(string UnitCode, string WomanCode, DisabilitySupportKind Kind, DateOnly SupportedOn)
    : IFamilyInput<DisabledWomanSupport>
{
    public void ApplyTo(DisabledWomanSupport record)
    {
        record.WomanCode = RecordCode.Normalize(WomanCode);
        record.Kind = Kind;
        record.SupportedOn = SupportedOn;
    }
}

internal sealed record SponsorshipInput(string UnitCode, string ChildCode, string Sponsor, long MonthlySupport, DateOnly StartedOn, DateOnly? EndedOn)
    : IFamilyInput<Sponsorship>
{
    public void ApplyTo(Sponsorship record)
    {
        record.ChildCode = RecordCode.Normalize(ChildCode);
        record.Sponsor = VietnameseText.Clean(Sponsor)!;
        record.SponsorFolded = VietnameseText.Fold(record.Sponsor);
        record.MonthlySupport = MonthlySupport;
        record.StartedOn = StartedOn;
        record.EndedOn = EndedOn;
    }
}

internal sealed record CultureSportsFormInput(string UnitCode, string Name, CultureSportsKind Kind, DateOnly StartedOn, DateOnly? EndedOn)
    : IFamilyInput<CultureSportsForm>
{
    public void ApplyTo(CultureSportsForm record)
    {
        record.Name = VietnameseText.Clean(Name)!;
        record.NameFolded = VietnameseText.Fold(record.Name);
        record.Kind = Kind;
        record.StartedOn = StartedOn;
        record.EndedOn = EndedOn;
    }
}

internal sealed record FamilyActivityInput(string UnitCode, FamilyProgramme Programme, DateOnly HeldOn, string Topic, int Participants)
    : IFamilyInput<FamilyActivity>
{
    public void ApplyTo(FamilyActivity record)
    {
        record.Programme = Programme;
        record.HeldOn = HeldOn;
        record.Topic = VietnameseText.Clean(Topic)!;
        record.TopicFolded = VietnameseText.Fold(record.Topic);
        record.Participants = Participants;
    }
}
