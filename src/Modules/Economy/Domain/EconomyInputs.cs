using System.ComponentModel;

namespace Modular.Modules.Economy.Domain;

/// <summary>Input of <c>createHousehold</c> and <c>updateHousehold</c>.</summary>
internal sealed record HouseholdInput(
    string UnitCode,
    string HeadName,
    string Village,
    HouseholdStatus StatusAtStart,
    DateOnly SupportStartedOn,
    HouseholdSupport Support,
    string? SupportDetails,
    [property: Description("Leave empty until the commune's poverty review confirms the household out.")] DateOnly? ExitedPovertyOn)
    : IRecordInput<SupportedHousehold>
{
    public void Complete(SupportedHousehold record)
    {
        record.HeadNameFolded = VietnameseText.Fold(HeadName);
        record.VillageFolded = VietnameseText.Fold(Village);
    }
}

/// <summary>Input of <c>createEntrepreneur</c> and <c>updateEntrepreneur</c>.</summary>
internal sealed record EntrepreneurInput(
    string UnitCode,
    string FullName,
    int BirthYear,
    BusinessKind BusinessKind,
    EntrepreneurSupport Support,
    DateOnly SupportedOn) : IRecordInput<SupportedEntrepreneur>
{
    public void Complete(SupportedEntrepreneur record) => record.FullNameFolded = VietnameseText.Fold(FullName);
}

/// <summary>Input of <c>createCooperative</c> and <c>updateCooperative</c>.</summary>
internal sealed record CooperativeInput(
    string UnitCode,
    string Name,
    CooperativeKind Kind,
    DateOnly FoundedOn,
    int Members,
    int WomenInManagement) : IRecordInput<Cooperative>
{
    public void Complete(Cooperative record) => record.NameFolded = VietnameseText.Fold(Name);
}

/// <summary>Input of <c>createStartup</c> and <c>updateStartup</c>.</summary>
internal sealed record StartupInput(string UnitCode, string Name, string OwnerName, DateOnly SupportedOn) : IRecordInput<StartupProject>;

/// <summary>Input of <c>createLoan</c> and <c>updateLoan</c>.</summary>
internal sealed record LoanInput(
    string UnitCode,
    LoanSource Source,
    string BorrowerName,
    [property: Description("In VND.")] long Amount,
    DateOnly LoanedOn) : IRecordInput<Loan>;
