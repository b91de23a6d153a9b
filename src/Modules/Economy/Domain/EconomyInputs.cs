using System.ComponentModel;
using Modular.Shared;
using Modular.Shared.Records;

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
    public void ApplyTo(SupportedHousehold record)
    {
        record.HeadName = HeadName;
        record.HeadNameFolded = VietnameseText.Fold(HeadName);
        record.Village = Village;
        record.VillageFolded = VietnameseText.Fold(Village);
        record.StatusAtStart = StatusAtStart;
        record.SupportStartedOn = SupportStartedOn;
        record.Support = Support;
        record.SupportDetails = SupportDetails;
        record.ExitedPovertyOn = ExitedPovertyOn;
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
    public void ApplyTo(SupportedEntrepreneur record)
    {
        record.FullName = FullName;
        record.FullNameFolded = VietnameseText.Fold(FullName);
        record.BirthYear = BirthYear;
        record.BusinessKind = BusinessKind;
        record.Support = Support;
        record.SupportedOn = SupportedOn;
    }
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
    public void ApplyTo(Cooperative record)
    {
        record.Name = Name;
        record.NameFolded = VietnameseText.Fold(Name);
        record.Kind = Kind;
        record.FoundedOn = FoundedOn;
        record.Members = Members;
        record.WomenInManagement = WomenInManagement;
    }
}

/// <summary>Input of <c>createStartup</c> and <c>updateStartup</c>.</summary>
internal sealed record StartupInput(string UnitCode, string Name, string OwnerName, DateOnly SupportedOn) : IRecordInput<StartupProject>
{
    public void ApplyTo(StartupProject record)
    {
        record.Name = Name;
        record.OwnerName = OwnerName;
        record.SupportedOn = SupportedOn;
    }
}

/// <summary>Input of <c>createLoan</c> and <c>updateLoan</c>.</summary>
internal sealed record LoanInput(
    string UnitCode,
    LoanSource Source,
    string BorrowerName,
    [property: Description("In VND.")] long Amount,
    DateOnly LoanedOn) : IRecordInput<Loan>
{
    public void ApplyTo(Loan record)
    {
        record.Source = Source;
        record.BorrowerName = BorrowerName;
        record.Amount = Amount;
        record.LoanedOn = LoanedOn;
    }
}
