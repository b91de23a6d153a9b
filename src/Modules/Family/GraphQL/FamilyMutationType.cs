using Modular.Modules.Family.Data;
using Modular.Modules.Family.Domain;
using Modular.Shared.GraphQL;

namespace Modular.Modules.Family.GraphQL;

/// <summary>The writes under <c>family { ... }</c> in Mutation: create, update and delete for each record kind.</summary>
internal sealed class FamilyMutationType : RecordMutationType<FamilyDbContext>
{
    public FamilyMutationType()
    {
        Name = "FamilyMutation";
        Description = "Gia đình và trẻ em";
        Writes<StandardHousehold, StandardHouseholdInput, StandardHouseholdType, StandardHouseholdInputType>("StandardHousehold", "hộ đạt tiêu chí");
        Writes<CommunityWork, CommunityWorkInput, CommunityWorkType, CommunityWorkInputType>("CommunityWork", "công trình, phần việc");
        Writes<VictimCase, VictimCaseInput, VictimCaseType, VictimCaseInputType>("VictimCase", "hồ sơ nạn nhân");
        Writes<DisabledWomanSupport, DisabledWomanSupportInput, DisabledWomanSupportType, DisabledWomanSupportInputType>("DisabledWomanSupport", "lần hỗ trợ phụ nữ khuyết tật");
        Writes<Sponsorship, SponsorshipInput, SponsorshipType, SponsorshipInputType>("Sponsorship", "trường hợp trẻ được đỡ đầu");
        Writes<CultureSportsForm, CultureSportsFormInput, CultureSportsFormType, CultureSportsFormInputType>("CultureSportsForm", "hình thức văn hóa văn nghệ, thể dục thể thao");
        Writes<FamilyActivity, FamilyActivityInput, FamilyActivityType, FamilyActivityInputType>("Activity", "hoạt động");
    }
}
