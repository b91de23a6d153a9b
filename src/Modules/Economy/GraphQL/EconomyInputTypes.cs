using GraphQL.Types;
using Modular.Shared.GraphQL;
using Modular.Modules.Economy.Validation;

namespace Modular.Modules.Economy.GraphQL;

internal sealed class HouseholdInputType : InputObjectGraphType<HouseholdInput>
{
    public HouseholdInputType()
    {
        Name = "EconomyHouseholdInput";
        Field<NonNullGraphType<StringGraphType>>("unitCode");
        Field<NonNullGraphType<StringGraphType>>("headName");
        Field<NonNullGraphType<StringGraphType>>("village");
        Field<NonNullGraphType<HouseholdStatusEnum>>("statusAtStart");
        Field<NonNullGraphType<CalendarDateGraphType>>("supportStartedOn");
        Field<NonNullGraphType<HouseholdSupportEnum>>("support");
        Field<StringGraphType>("supportDetails");
        Field<CalendarDateGraphType>("exitedPovertyOn").Description("Leave empty until the commune's poverty review confirms the household out.");
    }
}

internal sealed class EntrepreneurInputType : InputObjectGraphType<EntrepreneurInput>
{
    public EntrepreneurInputType()
    {
        Name = "EconomyEntrepreneurInput";
        Field<NonNullGraphType<StringGraphType>>("unitCode");
        Field<NonNullGraphType<StringGraphType>>("fullName");
        Field<NonNullGraphType<IntGraphType>>("birthYear");
        Field<NonNullGraphType<BusinessKindEnum>>("businessKind");
        Field<NonNullGraphType<EntrepreneurSupportEnum>>("support");
        Field<NonNullGraphType<CalendarDateGraphType>>("supportedOn");
    }
}

internal sealed class CooperativeInputType : InputObjectGraphType<CooperativeInput>
{
    public CooperativeInputType()
    {
        Name = "EconomyCooperativeInput";
        Field<NonNullGraphType<StringGraphType>>("unitCode");
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<CooperativeKindEnum>>("kind");
        Field<NonNullGraphType<CalendarDateGraphType>>("foundedOn");
        Field<NonNullGraphType<IntGraphType>>("members");
        Field<NonNullGraphType<IntGraphType>>("womenInManagement");
    }
}

internal sealed class StartupInputType : InputObjectGraphType<StartupInput>
{
    public StartupInputType()
    {
        Name = "EconomyStartupInput";
        Field<NonNullGraphType<StringGraphType>>("unitCode");
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<StringGraphType>>("ownerName");
        Field<NonNullGraphType<CalendarDateGraphType>>("supportedOn");
    }
}

internal sealed class LoanInputType : InputObjectGraphType<LoanInput>
{
    public LoanInputType()
    {
        Name = "EconomyLoanInput";
        Field<NonNullGraphType<StringGraphType>>("unitCode");
        Field<NonNullGraphType<LoanSourceEnum>>("source");
        Field<NonNullGraphType<StringGraphType>>("borrowerName");
        Field<NonNullGraphType<LongGraphType>>("amount").Description("In VND.");
        Field<NonNullGraphType<CalendarDateGraphType>>("loanedOn");
    }
}
