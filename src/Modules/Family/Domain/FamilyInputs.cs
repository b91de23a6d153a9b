using System.ComponentModel;

namespace Modular.Modules.Family.Domain;

/// <summary>Codes stand in for people (victims, women, children): upper case, so "pn-01" and "PN-01" are one person.</summary>
internal static class RecordCode
{
    public static string Normalize(string code) => VietnameseText.Clean(code)?.ToUpperInvariant() ?? string.Empty;
}

/// <summary>Input of <c>createStandardHousehold</c> and <c>updateStandardHousehold</c>.</summary>
internal sealed record StandardHouseholdInput(
    [property: Description("Mã đơn vị (cơ sở Hội) vận động, hỗ trợ hộ.")] string UnitCode,
    FamilyStandard Standard,
    string HouseholdHead,
    string Village,
    DateOnly ConfirmedOn) : IRecordInput<StandardHousehold>;

/// <summary>Input of <c>createCommunityWork</c> and <c>updateCommunityWork</c>.</summary>
internal sealed record CommunityWorkInput(string UnitCode, string Name, DateOnly RegisteredOn, DateOnly? CarriedOutOn) : IRecordInput<CommunityWork>;

/// <summary>Input of <c>createVictimCase</c> and <c>updateVictimCase</c>: a code, never a name.</summary>
internal sealed record VictimCaseInput(
    [property: Description("Phải là đơn vị của chính tài khoản.")] string UnitCode,
    string CaseCode,
    VictimKind Kind,
    VictimAgeGroup AgeGroup,
    DateOnly FoundOn,
    [property: Description("Các hình thức đã hỗ trợ; bỏ trống khi chưa hỗ trợ.")] IReadOnlyList<VictimSupports>? Supports) : IRecordInput<VictimCase>
{
    public void Complete(VictimCase record)
    {
        record.CaseCode = RecordCode.Normalize(CaseCode);
        record.Supports = (Supports ?? []).Aggregate(VictimSupports.None, (all, one) => all | one);
    }
}

/// <summary>Input of <c>createDisabledWomanSupport</c> and <c>updateDisabledWomanSupport</c>.</summary>
internal sealed record DisabledWomanSupportInput(string UnitCode, string WomanCode, DisabilitySupportKind Kind, DateOnly SupportedOn)
    : IRecordInput<DisabledWomanSupport>
{
    public void Complete(DisabledWomanSupport record) => record.WomanCode = RecordCode.Normalize(WomanCode);
}

/// <summary>Input of <c>createSponsorship</c> and <c>updateSponsorship</c>.</summary>
internal sealed record SponsorshipInput(
    string UnitCode,
    string ChildCode,
    string Sponsor,
    [property: Description("Đồng mỗi tháng.")] long MonthlySupport,
    DateOnly StartedOn,
    DateOnly? EndedOn) : IRecordInput<Sponsorship>
{
    public void Complete(Sponsorship record) => record.ChildCode = RecordCode.Normalize(ChildCode);
}

/// <summary>Input of <c>createCultureSportsForm</c> and <c>updateCultureSportsForm</c>.</summary>
internal sealed record CultureSportsFormInput(string UnitCode, string Name, CultureSportsKind Kind, DateOnly StartedOn, DateOnly? EndedOn)
    : IRecordInput<CultureSportsForm>
{
    public void Complete(CultureSportsForm record) => record.NameFolded = VietnameseText.Fold(Name);
}

/// <summary>Input of <c>createActivity</c> and <c>updateActivity</c>.</summary>
internal sealed record FamilyActivityInput(string UnitCode, FamilyProgramme Programme, DateOnly HeldOn, string Topic, int Participants)
    : IRecordInput<FamilyActivity>;
