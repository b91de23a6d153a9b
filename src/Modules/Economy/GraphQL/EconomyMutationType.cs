using Modular.Modules.Economy.Data;
using Modular.Modules.Economy.Domain;
using Modular.Shared.GraphQL;

namespace Modular.Modules.Economy.GraphQL;

/// <summary>The writes under <c>economy { ... }</c> in Mutation: create, update and delete for each kind of record.</summary>
internal sealed class EconomyMutationType : RecordMutationType<EconomyDbContext>
{
    public EconomyMutationType()
    {
        Name = "EconomyMutation";
        Description = "Ghi nhận hỗ trợ phụ nữ phát triển kinh tế (Đề án 939)";
        Writes<SupportedHousehold, HouseholdInput, HouseholdType, HouseholdInputType>("Household", "hộ được hỗ trợ");
        Writes<SupportedEntrepreneur, EntrepreneurInput, EntrepreneurType, EntrepreneurInputType>("Entrepreneur", "lượt hỗ trợ phụ nữ chủ doanh nghiệp, chủ hộ kinh doanh");
        Writes<Cooperative, CooperativeInput, CooperativeType, CooperativeInputType>("Cooperative", "hợp tác xã, tổ hợp tác");
        Writes<StartupProject, StartupInput, StartupType, StartupInputType>("Startup", "ý tưởng, dự án khởi nghiệp");
        Writes<Loan, LoanInput, LoanType, LoanInputType>("Loan", "khoản vay");
    }
}
