using Modular.Modules.Economy.Domain;
using Modular.Shared.GraphQL;

namespace Modular.Modules.Economy.GraphQL;

internal sealed class HouseholdType() : RecordGraphType<SupportedHousehold>("EconomyHousehold", "A household with poor or near-poor women the union supports (target 2.2a).");

internal sealed class EntrepreneurType()
    : RecordGraphType<SupportedEntrepreneur>("EconomyEntrepreneur", "One capacity support given to a woman business owner, cooperative manager or household business owner (target 2.2b).");

internal sealed class CooperativeType()
    : RecordGraphType<Cooperative>("EconomyCooperative", "A cooperative or cooperative group (target 2.2c counts cooperatives with women in management).");

internal sealed class StartupType() : RecordGraphType<StartupProject>("EconomyStartup", "A start-up idea or project supported under Project 939.");

internal sealed class LoanType() : RecordGraphType<Loan>("EconomyLoan", "A loan reached through the union's savings-and-loan groups or the social policy bank.");

internal sealed class HouseholdInputType() : RecordInputGraphType<HouseholdInput>("EconomyHouseholdInput");

internal sealed class EntrepreneurInputType() : RecordInputGraphType<EntrepreneurInput>("EconomyEntrepreneurInput");

internal sealed class CooperativeInputType() : RecordInputGraphType<CooperativeInput>("EconomyCooperativeInput");

internal sealed class StartupInputType() : RecordInputGraphType<StartupInput>("EconomyStartupInput");

internal sealed class LoanInputType() : RecordInputGraphType<LoanInput>("EconomyLoanInput");

internal sealed class HouseholdStatusEnum() : ModuleEnumGraphType<HouseholdStatus>("EconomyHouseholdStatus", "Where a household stood when support began.");

internal sealed class HouseholdSupportEnum() : ModuleEnumGraphType<HouseholdSupport>("EconomyHouseholdSupport", "The main support a household was given.");

internal sealed class BusinessKindEnum() : ModuleEnumGraphType<BusinessKind>("EconomyBusinessKind", "What a supported woman runs.");

internal sealed class EntrepreneurSupportEnum() : ModuleEnumGraphType<EntrepreneurSupport>("EconomyEntrepreneurSupport", "The capacity support given to a woman business owner.");

internal sealed class CooperativeKindEnum() : ModuleEnumGraphType<CooperativeKind>("EconomyCooperativeKind", "Cooperative (HTX) or cooperative group (THT).");

internal sealed class LoanSourceEnum() : ModuleEnumGraphType<LoanSource>("EconomyLoanSource", "Where a loan came from.");
