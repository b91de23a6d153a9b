using GraphQL.Types;

namespace Modular.Modules.Family.GraphQL;

internal sealed class StandardHouseholdType()
    : RecordGraphType<StandardHousehold>("FamilyStandardHousehold", "Hộ được vận động, hỗ trợ đạt tiêu chí “5 không, 3 sạch”/“5 có, 3 sạch”.");

internal sealed class CommunityWorkType()
    : RecordGraphType<CommunityWork>("FamilyCommunityWork", "Công trình, phần việc xây dựng nông thôn mới, đô thị văn minh của cơ sở Hội.");

internal sealed class VictimCaseType : RecordGraphType<VictimCase>
{
    public VictimCaseType()
        : base(
            "FamilyVictimCase",
            "Phụ nữ, trẻ em gái bị bạo lực gia đình hoặc nạn nhân mua bán người trở về; chỉ cán bộ của chính đơn vị được xem. Không lưu họ tên, số giấy tờ.",
            except: [nameof(VictimCase.Supports)])
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FamilyVictimSupportEnum>>>>("supports")
            .Description("Các hình thức đã hỗ trợ; trống khi chưa hỗ trợ.")
            .Resolve(c => Enum.GetValues<VictimSupports>().Where(s => s != VictimSupports.None && c.Source.Supports.HasFlag(s)).ToList());
        Field<NonNullGraphType<BooleanGraphType>>("supported").Resolve(c => c.Source.Supports != VictimSupports.None);
    }
}

internal sealed class DisabledWomanSupportType() : RecordGraphType<DisabledWomanSupport>("FamilyDisabledWomanSupport", "Một lần Hội hỗ trợ một phụ nữ khuyết tật.");

internal sealed class SponsorshipType() : RecordGraphType<Sponsorship>("FamilySponsorship", "Trẻ được nhận đỡ đầu (Chương trình “Mẹ đỡ đầu”).");

internal sealed class CultureSportsFormType()
    : RecordGraphType<CultureSportsForm>("FamilyCultureSportsForm", "Hình thức văn hóa văn nghệ, thể dục thể thao cơ sở Hội duy trì.");

internal sealed class FamilyActivityType() : RecordGraphType<FamilyActivity>("FamilyActivity", "Hoạt động giáo dục làm cha mẹ hoặc Đề án 938.");

internal sealed class StandardHouseholdInputType() : RecordInputGraphType<StandardHouseholdInput>("FamilyStandardHouseholdInput");

internal sealed class CommunityWorkInputType() : RecordInputGraphType<CommunityWorkInput>("FamilyCommunityWorkInput");

internal sealed class VictimCaseInputType()
    : RecordInputGraphType<VictimCaseInput>("FamilyVictimCaseInput", "Không ghi họ tên, số giấy tờ: chỉ mã hồ sơ do đơn vị đặt.");

internal sealed class DisabledWomanSupportInputType() : RecordInputGraphType<DisabledWomanSupportInput>("FamilyDisabledWomanSupportInput");

internal sealed class SponsorshipInputType() : RecordInputGraphType<SponsorshipInput>("FamilySponsorshipInput");

internal sealed class CultureSportsFormInputType() : RecordInputGraphType<CultureSportsFormInput>("FamilyCultureSportsFormInput");

internal sealed class FamilyActivityInputType() : RecordInputGraphType<FamilyActivityInput>("FamilyActivityInput");

internal sealed class FamilyStandardEnum() : ModuleEnumGraphType<FamilyStandard>("FamilyStandard", "Tiêu chí gia đình hộ được vận động, hỗ trợ đạt.");

internal sealed class FamilyVictimKindEnum() : ModuleEnumGraphType<VictimKind>("FamilyVictimKind", null);

internal sealed class FamilyVictimAgeGroupEnum() : ModuleEnumGraphType<VictimAgeGroup>("FamilyVictimAgeGroup", null);

internal sealed class FamilyDisabilitySupportKindEnum() : ModuleEnumGraphType<DisabilitySupportKind>("FamilyDisabilitySupportKind", null);

internal sealed class FamilyCultureSportsKindEnum() : ModuleEnumGraphType<CultureSportsKind>("FamilyCultureSportsKind", null);

internal sealed class FamilyProgrammeEnum() : ModuleEnumGraphType<FamilyProgramme>("FamilyProgramme", null);

/// <summary>The supports a victim was given: a set of flags, listed without "none".</summary>
internal sealed class FamilyVictimSupportEnum : EnumerationGraphType
{
    public FamilyVictimSupportEnum()
    {
        Name = "FamilyVictimSupport";
        Add("COUNSELLING", VictimSupports.Counselling, "Tư vấn.");
        Add("LEGAL_AID", VictimSupports.LegalAid, "Trợ giúp pháp lý.");
        Add("HEALTH_CARE", VictimSupports.HealthCare, "Chăm sóc y tế.");
        Add("SHELTER", VictimSupports.Shelter, "Nơi tạm lánh.");
        Add("REFERRAL", VictimSupports.Referral, "Chuyển gửi dịch vụ trợ giúp xã hội.");
    }
}
