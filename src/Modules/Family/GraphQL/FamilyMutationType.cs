using GraphQL.Types;
using Modular.Modules.Family.Data;
using Modular.Modules.Family.Domain;

namespace Modular.Modules.Family.GraphQL;

/// <summary>The writes under <c>family { ... }</c> in Mutation: create, update and delete for each record kind.</summary>
internal sealed class FamilyMutationType : ObjectGraphType
{
    public FamilyMutationType()
    {
        Name = "FamilyMutation";
        Description = "Gia đình và trẻ em";
        this.RecordWrites<StandardHousehold, StandardHouseholdType, StandardHouseholdInput, StandardHouseholdInputType>("StandardHousehold");
        this.RecordWrites<CommunityWork, CommunityWorkType, CommunityWorkInput, CommunityWorkInputType>("CommunityWork");
        this.RecordWrites<VictimCase, VictimCaseType, VictimCaseInput, VictimCaseInputType>(
            "VictimCase",
            new UniqueInUnit<VictimCase>(
                v => o => o.CaseCode == v.CaseCode,
                "caseCode",
                v => $"Mã hồ sơ {v.CaseCode} đã có ở đơn vị; chọn mã khác hoặc sửa hồ sơ đã có."));
        this.RecordWrites<DisabledWomanSupport, DisabledWomanSupportType, DisabledWomanSupportInput, DisabledWomanSupportInputType>("DisabledWomanSupport");
        this.RecordWrites<Sponsorship, SponsorshipType, SponsorshipInput, SponsorshipInputType>("Sponsorship");
        this.RecordWrites<CultureSportsForm, CultureSportsFormType, CultureSportsFormInput, CultureSportsFormInputType>(
            "CultureSportsForm",
            new UniqueInUnit<CultureSportsForm>(
                f => o => o.NameFolded == f.NameFolded,
                "name",
                f => $"Đơn vị đã có hình thức “{f.Name}”; sửa bản ghi đã có thay vì thêm mới."));
        this.RecordWrites<FamilyActivity, FamilyActivityType, FamilyActivityInput, FamilyActivityInputType>("Activity");
    }
}
