namespace Modular.Modules.Economy.GraphQL;

/// <summary>The writes under <c>economy { ... }</c> in Mutation: create, update and delete for each kind of record.</summary>
internal sealed class EconomyMutationType : RecordMutationType<EconomyDbContext>
{
    public EconomyMutationType()
    {
        Name = "EconomyMutation";
        Description = "Ghi nhận hỗ trợ phụ nữ phát triển kinh tế (Đề án 939)";
        Writes<SupportedHousehold, HouseholdInput, HouseholdType, HouseholdInputType>("Household");
        Writes<SupportedEntrepreneur, EntrepreneurInput, EntrepreneurType, EntrepreneurInputType>("Entrepreneur");
        Writes<Cooperative, CooperativeInput, CooperativeType, CooperativeInputType>("Cooperative");
        Writes<StartupProject, StartupInput, StartupType, StartupInputType>("Startup");
        Writes<Loan, LoanInput, LoanType, LoanInputType>("Loan");
    }
}
