using System.ComponentModel;
using System.Linq.Expressions;

namespace Modular.Modules.Organisation.Domain;

/// <summary>Text lengths the store keeps and the validators enforce.</summary>
internal static class OrganisationLimits
{
    public const int Short = 50;
    public const int Name = 150;
    public const int Title = 300;
    public const int Text = 2000;
}

/// <summary>A dated record of a unit.</summary>
internal abstract class OrganisationRecord : UnitRecord
{
    /// <summary>
    /// The day a write of the record must be allowed at its unit (unit in force, module on): an event's own day; for
    /// something kept in place (a club, a cadre, a computer) its last day in place, today while it still is, so a club
    /// founded years before the unit's record in the system can still be entered.
    /// </summary>
    protected static DateOnly LastDayInPlace(DateOnly? endedOn, DateOnly today) => endedOn?.AddDays(-1) ?? today;
}

/// <summary>A kind of activity that draws women in (loại hình hoạt động).</summary>
internal enum ActivityKind
{
    [Description("Câu lạc bộ")]
    Club,

    [Description("Tổ, nhóm sở thích")]
    InterestGroup,

    [Description("Văn hóa, văn nghệ")]
    Culture,

    [Description("Thể dục, thể thao")]
    Sport,

    [Description("Dân vũ")]
    FolkDance,

    [Description("Tiết kiệm, tương trợ")]
    Savings,

    [Description("Khác")]
    Other,
}

/// <summary>A type of activity a base union keeps up, from a day until it stops (that day excluded).</summary>
internal sealed class ActivityType : OrganisationRecord, IRecordKind<ActivityType>, IUniqueInUnit<ActivityType>
{
    public static string Label => "loại hình hoạt động";

    public ActivityKind Kind { get; set; }

    public string Name { get; set; } = "";

    public DateOnly StartedOn { get; set; }

    [Description("First day no longer kept up; null while it is.")]
    public DateOnly? EndedOn { get; set; }

    public static Expression<Func<ActivityType, DateOnly>> ListedOn => r => r.StartedOn;

    public override DateOnly WriteDay(DateOnly today) => LastDayInPlace(EndedOn, today);

    public static Expression<Func<ActivityType, bool>> During(DateOnly from, DateOnly to) => r => r.StartedOn <= to && (r.EndedOn == null || r.EndedOn > from);

    public override IEnumerable<string?> SearchedTexts() => [Name];

    public Expression<Func<ActivityType, bool>> SameThing()
    {
        var (kind, name, started) = (Kind, Name, StartedOn);
        return k => k.Kind == kind && k.Name == name && k.StartedOn == started;
    }

    public DomainException Duplicate() =>
        new(ErrorCodes.Conflict, $"Loại hình hoạt động \"{Name}\" bắt đầu ngày {StartedOn:dd/MM/yyyy} đã được ghi nhận tại đơn vị này; hãy sửa bản ghi đã có thay vì ghi thêm.", "name");
}

/// <summary>The kinds of model (mô hình) the plan counts.</summary>
internal enum UnionModelKind
{
    /// <summary>Mô hình "1+1".</summary>
    [Description("Mô hình \"1+1\"")]
    OnePlusOne,

    /// <summary>Mô hình "3 có, 3 biết".</summary>
    [Description("Mô hình \"3 có, 3 biết\"")]
    ThreeHaveThreeKnow,

    /// <summary>Special-group models: ethnic minority women.</summary>
    [Description("Mô hình thu hút phụ nữ dân tộc thiểu số")]
    EthnicMinority,

    /// <summary>Special-group models: religious women.</summary>
    [Description("Mô hình thu hút phụ nữ tôn giáo")]
    Religious,

    /// <summary>Special-group models: young women.</summary>
    [Description("Mô hình thu hút phụ nữ trẻ")]
    YoungWomen,

    /// <summary>Special-group models: migrant women workers.</summary>
    [Description("Mô hình thu hút nữ công nhân lao động nhập cư")]
    MigrantWorkers,
}

/// <summary>A model a base union runs, from a day until it stops (that day excluded).</summary>
internal sealed class UnionModel : OrganisationRecord, IRecordKind<UnionModel>, IUniqueInUnit<UnionModel>
{
    public static string Label => "mô hình";

    public UnionModelKind Kind { get; set; }

    public string Name { get; set; } = "";

    public DateOnly StartedOn { get; set; }

    [Description("First day no longer running; null while it runs.")]
    public DateOnly? EndedOn { get; set; }

    public int? Participants { get; set; }

    public static Expression<Func<UnionModel, DateOnly>> ListedOn => r => r.StartedOn;

    public override DateOnly WriteDay(DateOnly today) => LastDayInPlace(EndedOn, today);

    public static Expression<Func<UnionModel, bool>> During(DateOnly from, DateOnly to) => r => r.StartedOn <= to && (r.EndedOn == null || r.EndedOn > from);

    public static readonly UnionModelKind[] SpecialGroups =
        [UnionModelKind.EthnicMinority, UnionModelKind.Religious, UnionModelKind.YoungWomen, UnionModelKind.MigrantWorkers];

    public override IEnumerable<string?> SearchedTexts() => [Name];

    public Expression<Func<UnionModel, bool>> SameThing()
    {
        var (kind, name, started) = (Kind, Name, StartedOn);
        return k => k.Kind == kind && k.Name == name && k.StartedOn == started;
    }

    public DomainException Duplicate() =>
        new(ErrorCodes.Conflict, $"Mô hình \"{Name}\" thành lập ngày {StartedOn:dd/MM/yyyy} đã được ghi nhận tại đơn vị này; hãy sửa bản ghi đã có thay vì ghi thêm.", "name");
}

/// <summary>A full-time cadre (cán bộ chuyên trách) of a unit and whether she uses the basic software proficiently.</summary>
internal sealed class Cadre : OrganisationRecord, IRecordKind<Cadre>, IUniqueInUnit<Cadre>
{
    public static string Label => "cán bộ chuyên trách";

    public string FullName { get; set; } = "";

    public string? Position { get; set; }

    [Description("Uses the basic software of union work proficiently.")]
    public bool ProficientInSoftware { get; set; }

    public DateOnly StartedOn { get; set; }

    [Description("First day no longer in post; null while in post.")]
    public DateOnly? EndedOn { get; set; }

    public static Expression<Func<Cadre, DateOnly>> ListedOn => r => r.StartedOn;

    public override DateOnly WriteDay(DateOnly today) => LastDayInPlace(EndedOn, today);

    public static Expression<Func<Cadre, bool>> During(DateOnly from, DateOnly to) => r => r.StartedOn <= to && (r.EndedOn == null || r.EndedOn > from);

    public override IEnumerable<string?> SearchedTexts() => [FullName, Position];

    public Expression<Func<Cadre, bool>> SameThing()
    {
        var (name, started) = (FullName, StartedOn);
        return k => k.FullName == name && k.StartedOn == started;
    }

    public DomainException Duplicate() =>
        new(ErrorCodes.Conflict, $"Cán bộ {FullName} bắt đầu công tác ngày {StartedOn:dd/MM/yyyy} đã được ghi nhận tại đơn vị này; hãy sửa bản ghi đã có thay vì ghi thêm.", "fullName");
}

/// <summary>A branch head (chi hội trưởng) and the day she was trained in union work, if she was.</summary>
internal sealed class BranchHead : OrganisationRecord, IRecordKind<BranchHead>, IUniqueInUnit<BranchHead>
{
    public static string Label => "chi hội trưởng";

    public string FullName { get; set; } = "";

    public string Branch { get; set; } = "";

    public DateOnly StartedOn { get; set; }

    [Description("First day no longer branch head; null while she is.")]
    public DateOnly? EndedOn { get; set; }

    [Description("Day she was trained in union work; null if not yet.")]
    public DateOnly? TrainedOn { get; set; }

    public static Expression<Func<BranchHead, DateOnly>> ListedOn => r => r.StartedOn;

    public override DateOnly WriteDay(DateOnly today) => LastDayInPlace(EndedOn, today);

    public static Expression<Func<BranchHead, bool>> During(DateOnly from, DateOnly to) => r => r.StartedOn <= to && (r.EndedOn == null || r.EndedOn > from);

    public override IEnumerable<string?> SearchedTexts() => [FullName, Branch];

    public Expression<Func<BranchHead, bool>> SameThing()
    {
        var (name, branch, started) = (FullName, Branch, StartedOn);
        return k => k.FullName == name && k.Branch == branch && k.StartedOn == started;
    }

    public DomainException Duplicate() =>
        new(ErrorCodes.Conflict, $"Chi hội trưởng {FullName} của {Branch} từ ngày {StartedOn:dd/MM/yyyy} đã được ghi nhận tại đơn vị này; hãy sửa bản ghi đã có thay vì ghi thêm.", "fullName");
}

/// <summary>An activity held with local agencies and mass organisations that raises women's knowledge.</summary>
internal sealed class JointActivity : OrganisationRecord, IRecordKind<JointActivity>
{
    public static string Label => "hoạt động phối hợp";

    public string Title { get; set; } = "";

    public string Partners { get; set; } = "";

    public DateOnly HeldOn { get; set; }

    public int Participants { get; set; }

    public static Expression<Func<JointActivity, DateOnly>> ListedOn => r => r.HeldOn;

    public override DateOnly WriteDay(DateOnly today) => HeldOn;

    public static Expression<Func<JointActivity, bool>> During(DateOnly from, DateOnly to) => r => r.HeldOn >= from && r.HeldOn <= to;

    public override IEnumerable<string?> SearchedTexts() => [Title, Partners];
}

/// <summary>A communication material (tài liệu truyền thông): digitised or not, posted on the website or official social-media pages or not.</summary>
internal sealed class CommunicationMaterial : OrganisationRecord, IRecordKind<CommunicationMaterial>
{
    public static string Label => "tài liệu truyền thông";

    public string Title { get; set; } = "";

    public DateOnly IssuedOn { get; set; }

    public bool Digitised { get; set; }

    [Description("Posted on the union's website or official social-media pages.")]
    public bool PostedOnline { get; set; }

    public static Expression<Func<CommunicationMaterial, DateOnly>> ListedOn => r => r.IssuedOn;

    public override DateOnly WriteDay(DateOnly today) => IssuedOn;

    public static Expression<Func<CommunicationMaterial, bool>> During(DateOnly from, DateOnly to) => r => r.IssuedOn >= from && r.IssuedOn <= to;

    public override IEnumerable<string?> SearchedTexts() => [Title];
}

/// <summary>A communication activity (hoạt động truyền thông), held on digital platforms or not.</summary>
internal sealed class CommunicationActivity : OrganisationRecord, IRecordKind<CommunicationActivity>
{
    public static string Label => "hoạt động truyền thông";

    public string Title { get; set; } = "";

    public DateOnly HeldOn { get; set; }

    public bool OnDigitalPlatform { get; set; }

    public int? Participants { get; set; }

    public static Expression<Func<CommunicationActivity, DateOnly>> ListedOn => r => r.HeldOn;

    public override DateOnly WriteDay(DateOnly today) => HeldOn;

    public static Expression<Func<CommunicationActivity, bool>> During(DateOnly from, DateOnly to) => r => r.HeldOn >= from && r.HeldOn <= to;

    public override IEnumerable<string?> SearchedTexts() => [Title];
}

/// <summary>A case a woman reported through the union's website, and the day she was advised and supported.</summary>
internal sealed class WebsiteCase : OrganisationRecord, IRecordKind<WebsiteCase>
{
    public static string Label => "vụ việc phản ánh qua trang thông tin điện tử";

    public string Summary { get; set; } = "";

    public DateOnly ReportedOn { get; set; }

    [Description("Day she was advised and supported; null while not yet.")]
    public DateOnly? HandledOn { get; set; }

    public string? Outcome { get; set; }

    public static Expression<Func<WebsiteCase, DateOnly>> ListedOn => r => r.ReportedOn;

    public override DateOnly WriteDay(DateOnly today) => ReportedOn;

    public static Expression<Func<WebsiteCase, bool>> During(DateOnly from, DateOnly to) => r => r.ReportedOn >= from && r.ReportedOn <= to;

    public override IEnumerable<string?> SearchedTexts() => [Summary, Outcome];
}

/// <summary>Computers with a network connection at a union's office, from the day installed until retired (that day excluded).</summary>
internal sealed class NetworkedComputer : OrganisationRecord, IRecordKind<NetworkedComputer>
{
    public static string Label => "máy tính nối mạng";

    public int Quantity { get; set; }

    public string? Description { get; set; }

    public DateOnly InstalledOn { get; set; }

    [Description("First day no longer in use; null while in use.")]
    public DateOnly? RetiredOn { get; set; }

    public static Expression<Func<NetworkedComputer, DateOnly>> ListedOn => r => r.InstalledOn;

    public override DateOnly WriteDay(DateOnly today) => LastDayInPlace(RetiredOn, today);

    public static Expression<Func<NetworkedComputer, bool>> During(DateOnly from, DateOnly to) => r => r.InstalledOn <= to && (r.RetiredOn == null || r.RetiredOn > from);

    public override IEnumerable<string?> SearchedTexts() => [Description];
}

/// <summary>A talk or training on digital transformation for women.</summary>
internal sealed class DigitalTraining : OrganisationRecord, IRecordKind<DigitalTraining>
{
    public static string Label => "hoạt động tuyên truyền, tập huấn chuyển đổi số";

    public string Title { get; set; } = "";

    public DateOnly HeldOn { get; set; }

    public int Participants { get; set; }

    public int EthnicMinorityParticipants { get; set; }

    public static Expression<Func<DigitalTraining, DateOnly>> ListedOn => r => r.HeldOn;

    public override DateOnly WriteDay(DateOnly today) => HeldOn;

    public static Expression<Func<DigitalTraining, bool>> During(DateOnly from, DateOnly to) => r => r.HeldOn >= from && r.HeldOn <= to;

    public override IEnumerable<string?> SearchedTexts() => [Title];
}
