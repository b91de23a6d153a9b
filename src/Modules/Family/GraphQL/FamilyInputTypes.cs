using GraphQL.Types;
using Modular.Modules.Family.Domain;

namespace Modular.Modules.Family.GraphQL;

internal sealed class StandardHouseholdInputType : InputObjectGraphType<StandardHouseholdInput>
{
    public StandardHouseholdInputType()
    {
        Name = "FamilyStandardHouseholdInput";
        Field(x => x.UnitCode).Description("Mã đơn vị (cơ sở Hội) vận động, hỗ trợ hộ.");
        Field<NonNullGraphType<FamilyStandardEnum>>("standard");
        Field(x => x.HouseholdHead);
        Field(x => x.Village);
        Field(x => x.ConfirmedOn);
    }
}

internal sealed class CommunityWorkInputType : InputObjectGraphType<CommunityWorkInput>
{
    public CommunityWorkInputType()
    {
        Name = "FamilyCommunityWorkInput";
        Field(x => x.UnitCode);
        Field(x => x.Name);
        Field(x => x.RegisteredOn);
        Field(x => x.CarriedOutOn, nullable: true);
    }
}

internal sealed class VictimCaseInputType : InputObjectGraphType<VictimCaseInput>
{
    public VictimCaseInputType()
    {
        Name = "FamilyVictimCaseInput";
        Description = "Không ghi họ tên, số giấy tờ: chỉ mã hồ sơ do đơn vị đặt.";
        Field(x => x.UnitCode).Description("Phải là đơn vị của chính tài khoản.");
        Field(x => x.CaseCode);
        Field<NonNullGraphType<FamilyVictimKindEnum>>("kind");
        Field<NonNullGraphType<FamilyVictimAgeGroupEnum>>("ageGroup");
        Field(x => x.FoundOn);
        Field<ListGraphType<NonNullGraphType<FamilyVictimSupportEnum>>>("supports").Description("Các hình thức đã hỗ trợ; bỏ trống khi chưa hỗ trợ.");
    }
}

internal sealed class DisabledWomanSupportInputType : InputObjectGraphType<DisabledWomanSupportInput>
{
    public DisabledWomanSupportInputType()
    {
        Name = "FamilyDisabledWomanSupportInput";
        Field(x => x.UnitCode);
        Field(x => x.WomanCode);
        Field<NonNullGraphType<FamilyDisabilitySupportKindEnum>>("kind");
        Field(x => x.SupportedOn);
    }
}

internal sealed class SponsorshipInputType : InputObjectGraphType<SponsorshipInput>
{
    public SponsorshipInputType()
    {
        Name = "FamilySponsorshipInput";
        Field(x => x.UnitCode);
        Field(x => x.ChildCode);
        Field(x => x.Sponsor);
        Field(x => x.MonthlySupport).Description("Đồng mỗi tháng.");
        Field(x => x.StartedOn);
        Field(x => x.EndedOn, nullable: true);
    }
}

internal sealed class CultureSportsFormInputType : InputObjectGraphType<CultureSportsFormInput>
{
    public CultureSportsFormInputType()
    {
        Name = "FamilyCultureSportsFormInput";
        Field(x => x.UnitCode);
        Field(x => x.Name);
        Field<NonNullGraphType<FamilyCultureSportsKindEnum>>("kind");
        Field(x => x.StartedOn);
        Field(x => x.EndedOn, nullable: true);
    }
}

internal sealed class FamilyActivityInputType : InputObjectGraphType<FamilyActivityInput>
{
    public FamilyActivityInputType()
    {
        Name = "FamilyActivityInput";
        Field(x => x.UnitCode);
        Field<NonNullGraphType<FamilyProgrammeEnum>>("programme");
        Field(x => x.HeldOn);
        Field(x => x.Topic);
        Field(x => x.Participants);
    }
}
