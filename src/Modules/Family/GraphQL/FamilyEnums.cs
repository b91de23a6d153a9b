using GraphQL.Types;
using Modular.Modules.Family.Domain;

namespace Modular.Modules.Family.GraphQL;

internal sealed class FamilyStandardEnum : EnumerationGraphType
{
    public FamilyStandardEnum()
    {
        Name = "FamilyStandard";
        Description = "Tiêu chí gia đình hộ được vận động, hỗ trợ đạt.";
        Add("FIVE_NO_THREE_CLEAN", FamilyStandard.FiveNoThreeClean, "“5 không, 3 sạch”.");
        Add("FIVE_YES_THREE_CLEAN", FamilyStandard.FiveYesThreeClean, "“5 có, 3 sạch” (địa bàn nông thôn mới nâng cao, kiểu mẫu).");
    }
}

internal sealed class FamilyVictimKindEnum : EnumerationGraphType
{
    public FamilyVictimKindEnum()
    {
        Name = "FamilyVictimKind";
        Add("DOMESTIC_VIOLENCE", VictimKind.DomesticViolence, "Phụ nữ, trẻ em gái bị bạo lực gia đình.");
        Add("TRAFFICKING_RETURNEE", VictimKind.TraffickingReturnee, "Nạn nhân mua bán người trở về.");
    }
}

internal sealed class FamilyVictimAgeGroupEnum : EnumerationGraphType
{
    public FamilyVictimAgeGroupEnum()
    {
        Name = "FamilyVictimAgeGroup";
        Add("UNDER_16", VictimAgeGroup.Under16, "Dưới 16 tuổi (trẻ em).");
        Add("FROM_16_TO_17", VictimAgeGroup.From16To17, "Từ 16 đến dưới 18 tuổi.");
        Add("FROM_18_TO_59", VictimAgeGroup.From18To59, "Từ 18 đến 59 tuổi.");
        Add("FROM_60", VictimAgeGroup.From60, "Từ 60 tuổi trở lên.");
    }
}

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

internal sealed class FamilyDisabilitySupportKindEnum : EnumerationGraphType
{
    public FamilyDisabilitySupportKindEnum()
    {
        Name = "FamilyDisabilitySupportKind";
        Add("GIFT", DisabilitySupportKind.Gift, "Tặng quà, hỗ trợ vật chất.");
        Add("LIVELIHOOD", DisabilitySupportKind.Livelihood, "Hỗ trợ vốn, sinh kế.");
        Add("VOCATIONAL_TRAINING", DisabilitySupportKind.VocationalTraining, "Học nghề, giới thiệu việc làm.");
        Add("HEALTH_CARE", DisabilitySupportKind.HealthCare, "Chăm sóc sức khỏe, phục hồi chức năng.");
        Add("COUNSELLING", DisabilitySupportKind.Counselling, "Tư vấn, hỗ trợ pháp lý.");
        Add("OTHER", DisabilitySupportKind.Other, "Hình thức khác.");
    }
}

internal sealed class FamilyCultureSportsKindEnum : EnumerationGraphType
{
    public FamilyCultureSportsKindEnum()
    {
        Name = "FamilyCultureSportsKind";
        Add("CULTURE", CultureSportsKind.Culture, "Văn hóa văn nghệ.");
        Add("SPORTS", CultureSportsKind.Sports, "Thể dục thể thao.");
    }
}

internal sealed class FamilyProgrammeEnum : EnumerationGraphType
{
    public FamilyProgrammeEnum()
    {
        Name = "FamilyProgramme";
        Add("PARENTING_EDUCATION", FamilyProgramme.ParentingEducation, "Giáo dục kỹ năng làm cha mẹ.");
        Add("PROJECT_938", FamilyProgramme.Project938, "Đề án 938 (tuyên truyền, giáo dục, vận động, hỗ trợ phụ nữ tham gia giải quyết vấn đề xã hội liên quan đến phụ nữ).");
    }
}
