using GraphQL;
using GraphQL.Types;
using Modular.Modules.Economy.Domain;
using Modular.Shared.Access;
using Modular.Shared.GraphQL;

namespace Modular.Modules.Economy.GraphQL;

/// <summary>The fields every record has: its id and its unit.</summary>
internal abstract class EconomyRecordType<TRecord> : ObjectGraphType<TRecord>
    where TRecord : IEconomyRecord
{
    protected EconomyRecordType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<RecordUnitType>>("unit")
            .ResolveAsync(async c => await c.Service<UnitAccess>().FindAsync(c.Source.UnitId, c.CancellationToken));
    }
}

internal sealed class HouseholdStatusEnum : EnumerationGraphType<HouseholdStatus>
{
    public HouseholdStatusEnum()
    {
        Name = "EconomyHouseholdStatus";
        Description = "Where a household stood when support began.";
    }
}

internal sealed class HouseholdSupportEnum : EnumerationGraphType<HouseholdSupport>
{
    public HouseholdSupportEnum()
    {
        Name = "EconomyHouseholdSupport";
        Description = "The main support a household was given.";
    }
}

internal sealed class BusinessKindEnum : EnumerationGraphType<BusinessKind>
{
    public BusinessKindEnum()
    {
        Name = "EconomyBusinessKind";
        Description = "What a supported woman runs.";
    }
}

internal sealed class EntrepreneurSupportEnum : EnumerationGraphType<EntrepreneurSupport>
{
    public EntrepreneurSupportEnum()
    {
        Name = "EconomyEntrepreneurSupport";
        Description = "The capacity support given to a woman business owner.";
    }
}

internal sealed class CooperativeKindEnum : EnumerationGraphType<CooperativeKind>
{
    public CooperativeKindEnum()
    {
        Name = "EconomyCooperativeKind";
        Description = "Cooperative (HTX) or cooperative group (THT).";
    }
}

internal sealed class LoanSourceEnum : EnumerationGraphType<LoanSource>
{
    public LoanSourceEnum()
    {
        Name = "EconomyLoanSource";
        Description = "Where a loan came from.";
    }
}

internal sealed class HouseholdType : EconomyRecordType<SupportedHousehold>
{
    public HouseholdType()
        : base("EconomyHousehold", "A household with poor or near-poor women the union supports (target 2.2a).")
    {
        Field(h => h.HeadName).Description("Head of the household's full name.");
        Field(h => h.Village).Description("Village or residential group.");
        Field<NonNullGraphType<HouseholdStatusEnum>>("statusAtStart").Resolve(c => c.Source.StatusAtStart);
        Field(h => h.SupportStartedOn);
        Field<NonNullGraphType<HouseholdSupportEnum>>("support").Resolve(c => c.Source.Support);
        Field(h => h.SupportDetails, nullable: true);
        Field(h => h.ExitedPovertyOn, nullable: true).Description("Confirmed by the commune's poverty review; null while still supported.");
    }
}

internal sealed class EntrepreneurType : EconomyRecordType<SupportedEntrepreneur>
{
    public EntrepreneurType()
        : base("EconomyEntrepreneur", "One capacity support given to a woman business owner, cooperative manager or household business owner (target 2.2b).")
    {
        Field(e => e.FullName);
        Field(e => e.BirthYear);
        Field<NonNullGraphType<BusinessKindEnum>>("businessKind").Resolve(c => c.Source.BusinessKind);
        Field<NonNullGraphType<EntrepreneurSupportEnum>>("support").Resolve(c => c.Source.Support);
        Field(e => e.SupportedOn);
    }
}

internal sealed class CooperativeType : EconomyRecordType<Cooperative>
{
    public CooperativeType()
        : base("EconomyCooperative", "A cooperative or cooperative group (target 2.2c counts cooperatives with women in management).")
    {
        Field(c => c.Name);
        Field<NonNullGraphType<CooperativeKindEnum>>("kind").Resolve(c => c.Source.Kind);
        Field(c => c.FoundedOn);
        Field(c => c.Members);
        Field(c => c.WomenInManagement);
    }
}

internal sealed class StartupType : EconomyRecordType<StartupProject>
{
    public StartupType()
        : base("EconomyStartup", "A start-up idea or project supported under Project 939.")
    {
        Field(s => s.Name);
        Field(s => s.OwnerName);
        Field(s => s.SupportedOn);
    }
}

internal sealed class LoanType : EconomyRecordType<Loan>
{
    public LoanType()
        : base("EconomyLoan", "A loan reached through the union's savings-and-loan groups or the social policy bank.")
    {
        Field<NonNullGraphType<LoanSourceEnum>>("source").Resolve(c => c.Source.Source);
        Field(l => l.BorrowerName);
        Field(l => l.Amount).Description("In VND.");
        Field(l => l.LoanedOn);
    }
}

internal sealed class HouseholdPageType() : PageGraphType<SupportedHousehold, HouseholdType>("EconomyHouseholdPage");

internal sealed class EntrepreneurPageType() : PageGraphType<SupportedEntrepreneur, EntrepreneurType>("EconomyEntrepreneurPage");

internal sealed class CooperativePageType() : PageGraphType<Cooperative, CooperativeType>("EconomyCooperativePage");

internal sealed class StartupPageType() : PageGraphType<StartupProject, StartupType>("EconomyStartupPage");

internal sealed class LoanPageType() : PageGraphType<Loan, LoanType>("EconomyLoanPage");
