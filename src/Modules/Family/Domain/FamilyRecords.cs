using System.ComponentModel;
using System.Linq.Expressions;
using Modular.Shared.Storage;

namespace Modular.Modules.Family.Domain;

/// <summary>Which family standard a household was helped to meet.</summary>
internal enum FamilyStandard
{
    [Description("“5 không, 3 sạch”.")]
    FiveNoThreeClean = 1,

    [Description("“5 có, 3 sạch” (địa bàn nông thôn mới nâng cao, kiểu mẫu).")]
    FiveYesThreeClean = 2,
}

/// <summary>A household the union helped to meet the family standard, counted in the year the standard was confirmed.</summary>
internal sealed class StandardHousehold : UnitRecord, IRecordKind<StandardHousehold>
{
    public static string Label => "hộ đạt tiêu chí";

    public FamilyStandard Standard { get; set; }

    [Description("Tên chủ hộ.")]
    public string HouseholdHead { get; set; } = string.Empty;

    [Description("Thôn, tổ dân phố.")]
    public string Village { get; set; } = string.Empty;

    [Description("Ngày được công nhận đạt tiêu chí.")]
    public DateOnly ConfirmedOn { get; set; }

    public static Expression<Func<StandardHousehold, DateOnly>> ListedOn => h => h.ConfirmedOn;

    public override DateOnly WriteDay(DateOnly today) => ConfirmedOn;

    public override IEnumerable<string?> SearchedTexts() => [HouseholdHead];
}

/// <summary>A work (công trình, phần việc) for new-rural or civilised-urban building that a base union registers and carries out.</summary>
internal sealed class CommunityWork : UnitRecord, IRecordKind<CommunityWork>
{
    public static string Label => "công trình, phần việc";

    public string Name { get; set; } = string.Empty;

    [Description("Ngày đăng ký.")]
    public DateOnly RegisteredOn { get; set; }

    /// <summary>Null while the work is registered but not yet carried out.</summary>
    [Description("Ngày thực hiện xong; trống khi chưa thực hiện.")]
    public DateOnly? CarriedOutOn { get; set; }

    public static Expression<Func<CommunityWork, DateOnly>> ListedOn => w => w.RegisteredOn;

    public override DateOnly WriteDay(DateOnly today) => CarriedOutOn ?? RegisteredOn;

    public override IEnumerable<string?> SearchedTexts() => [Name];
}

/// <summary>Why a woman or girl is followed as a case.</summary>
internal enum VictimKind
{
    [Description("Phụ nữ, trẻ em gái bị bạo lực gia đình.")]
    DomesticViolence = 1,

    [Description("Nạn nhân mua bán người trở về.")]
    TraffickingReturnee = 2,
}

/// <summary>Age groups of victims; exact ages are not kept.</summary>
internal enum VictimAgeGroup
{
    [Description("Dưới 16 tuổi (trẻ em).")]
    Under16 = 1,

    [Description("Từ 16 đến dưới 18 tuổi.")]
    From16To17 = 2,

    [Description("Từ 18 đến 59 tuổi.")]
    From18To59 = 3,

    [Description("Từ 60 tuổi trở lên.")]
    From60 = 4,
}

/// <summary>Support given to a victim; a case may have several or none yet.</summary>
[Flags]
internal enum VictimSupports
{
    None = 0,
    Counselling = 1,
    LegalAid = 2,
    HealthCare = 4,
    Shelter = 8,
    Referral = 16,
}

/// <summary>
/// A woman or girl who suffered domestic violence, or a trafficking victim who returned, found in the year.
/// Deliberately without name or identity number: the unit's own case code is the only identifier.
/// </summary>
internal sealed class VictimCase : UnitRecord, IRecordKind<VictimCase>, IUniqueInUnit<VictimCase>, IConfidentialRecord
{
    public static string Label => "hồ sơ nạn nhân";

    /// <summary>Chosen by the unit, unique within it.</summary>
    [Description("Mã hồ sơ do đơn vị đặt.")]
    public string CaseCode { get; set; } = string.Empty;

    public VictimKind Kind { get; set; }

    public VictimAgeGroup AgeGroup { get; set; }

    [Description("Ngày phát hiện.")]
    public DateOnly FoundOn { get; set; }

    public VictimSupports Supports { get; set; }

    public static Expression<Func<VictimCase, DateOnly>> ListedOn => v => v.FoundOn;

    public override DateOnly WriteDay(DateOnly today) => FoundOn;

    public override IEnumerable<string?> SearchedTexts() => [CaseCode];

    public Expression<Func<VictimCase, bool>> SameThing()
    {
        var code = CaseCode;
        return v => v.CaseCode == code;
    }

    public DomainException Duplicate() =>
        new(ErrorCodes.Conflict, $"Mã hồ sơ {CaseCode} đã có ở đơn vị; chọn mã khác hoặc sửa hồ sơ đã có.", "caseCode");
}

/// <summary>Kinds of support to women with disabilities.</summary>
internal enum DisabilitySupportKind
{
    [Description("Tặng quà, hỗ trợ vật chất.")]
    Gift = 1,

    [Description("Hỗ trợ vốn, sinh kế.")]
    Livelihood = 2,

    [Description("Học nghề, giới thiệu việc làm.")]
    VocationalTraining = 3,

    [Description("Chăm sóc sức khỏe, phục hồi chức năng.")]
    HealthCare = 4,

    [Description("Tư vấn, hỗ trợ pháp lý.")]
    Counselling = 5,

    [Description("Hình thức khác.")]
    Other = 6,
}

/// <summary>One act of support to a woman with disabilities; the indicator counts women (distinct codes), not acts.</summary>
internal sealed class DisabledWomanSupport : UnitRecord, IRecordKind<DisabledWomanSupport>
{
    public static string Label => "lần hỗ trợ phụ nữ khuyết tật";

    /// <summary>The unit's code for the woman, upper case, so the same woman is counted once.</summary>
    [Description("Mã của người được hỗ trợ do đơn vị đặt.")]
    public string WomanCode { get; set; } = string.Empty;

    public DisabilitySupportKind Kind { get; set; }

    public DateOnly SupportedOn { get; set; }

    public static Expression<Func<DisabledWomanSupport, DateOnly>> ListedOn => s => s.SupportedOn;

    public override DateOnly WriteDay(DateOnly today) => SupportedOn;

    public override IEnumerable<string?> SearchedTexts() => [WomanCode];
}

/// <summary>A child sponsored under the Godmother programme ("Mẹ đỡ đầu").</summary>
internal sealed class Sponsorship : UnitRecord, IRecordKind<Sponsorship>
{
    public static string Label => "trường hợp trẻ được đỡ đầu";

    /// <summary>The unit's code for the child, upper case; no names of children are kept.</summary>
    [Description("Mã trẻ do đơn vị đặt.")]
    public string ChildCode { get; set; } = string.Empty;

    [Description("Người, tổ chức nhận đỡ đầu.")]
    public string Sponsor { get; set; } = string.Empty;

    /// <summary>VND per month.</summary>
    [Description("Mức hỗ trợ hằng tháng (đồng).")]
    public long MonthlySupport { get; set; }

    public DateOnly StartedOn { get; set; }

    /// <summary>Null while the sponsorship goes on.</summary>
    public DateOnly? EndedOn { get; set; }

    public static Expression<Func<Sponsorship, DateOnly>> ListedOn => s => s.StartedOn;

    /// <summary>Sponsorships going on at some time from..to.</summary>
    public static Expression<Func<Sponsorship, bool>> During(DateOnly from, DateOnly to) => s => s.StartedOn <= to && (s.EndedOn == null || s.EndedOn >= from);

    public override DateOnly WriteDay(DateOnly today) => RecordDates.TodayOrLastDay(EndedOn, today);

    public override IEnumerable<string?> SearchedTexts() => [ChildCode, Sponsor];
}

/// <summary>Culture or sport.</summary>
internal enum CultureSportsKind
{
    [Description("Văn hóa văn nghệ.")]
    Culture = 1,

    [Description("Thể dục thể thao.")]
    Sports = 2,
}

/// <summary>A culture or sports form (club, troupe, team) a base union keeps up; its name is unique within the unit.</summary>
internal sealed class CultureSportsForm : UnitRecord, IRecordKind<CultureSportsForm>, IUniqueInUnit<CultureSportsForm>
{
    public static string Label => "hình thức văn hóa văn nghệ, thể dục thể thao";

    public string Name { get; set; } = string.Empty;

    /// <summary><see cref="Name"/> folded: one form per name in a unit, however it is typed; lists sort by it.</summary>
    public string NameFolded { get; set; } = string.Empty;

    public CultureSportsKind Kind { get; set; }

    public DateOnly StartedOn { get; set; }

    /// <summary>Null while the form is kept up.</summary>
    [Description("Ngày ngừng duy trì; trống khi vẫn duy trì.")]
    public DateOnly? EndedOn { get; set; }

    public static Expression<Func<CultureSportsForm, DateOnly>> ListedOn => f => f.StartedOn;

    /// <summary>Forms kept up at some time from..to.</summary>
    public static Expression<Func<CultureSportsForm, bool>> During(DateOnly from, DateOnly to) => f => f.StartedOn <= to && (f.EndedOn == null || f.EndedOn >= from);

    public override DateOnly WriteDay(DateOnly today) => RecordDates.TodayOrLastDay(EndedOn, today);

    public override IEnumerable<string?> SearchedTexts() => [Name];

    public Expression<Func<CultureSportsForm, bool>> SameThing()
    {
        var name = NameFolded;
        return f => f.NameFolded == name;
    }

    public DomainException Duplicate() => new(ErrorCodes.Conflict, $"Đơn vị đã có hình thức “{Name}”; sửa bản ghi đã có thay vì thêm mới.", "name");
}

/// <summary>Programmes whose activities are logged.</summary>
internal enum FamilyProgramme
{
    /// <summary>Parenting education (giáo dục kỹ năng làm cha mẹ).</summary>
    [Description("Giáo dục kỹ năng làm cha mẹ.")]
    ParentingEducation = 1,

    /// <summary>Project 938 (Đề án 938).</summary>
    [Description("Đề án 938 (tuyên truyền, giáo dục, vận động, hỗ trợ phụ nữ tham gia giải quyết vấn đề xã hội liên quan đến phụ nữ).")]
    Project938 = 2,
}

/// <summary>A parenting-education or Project 938 activity held by a unit.</summary>
internal sealed class FamilyActivity : UnitRecord, IRecordKind<FamilyActivity>
{
    public static string Label => "hoạt động";

    public FamilyProgramme Programme { get; set; }

    public DateOnly HeldOn { get; set; }

    public string Topic { get; set; } = string.Empty;

    [Description("Số người tham dự.")]
    public int Participants { get; set; }

    public static Expression<Func<FamilyActivity, DateOnly>> ListedOn => a => a.HeldOn;

    public override DateOnly WriteDay(DateOnly today) => HeldOn;

    public override IEnumerable<string?> SearchedTexts() => [Topic];
}
