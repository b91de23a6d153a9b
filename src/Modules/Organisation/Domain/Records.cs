using System.ComponentModel;
using System.Linq.Expressions;
using Modular.Shared.Storage;

namespace Modular.Modules.Organisation.Domain;

/// <summary>A dated record of a unit.</summary>
internal abstract class OrganisationRecord : IUnitOwned
{
    public int Id { get; set; }

    public int UnitId { get; set; }

    /// <summary>
    /// The day a write of the record must be allowed at its unit (unit in force, module on): an event's own day; for
    /// something kept in place (a club, a cadre, a computer) its last day in place, today while it still is, so a club
    /// founded years before the unit's record in the system can still be entered.
    /// </summary>
    public abstract DateOnly WriteDay(DateOnly today);

    protected static DateOnly LastDayInPlace(DateOnly? endedOn, DateOnly today) => endedOn?.AddDays(-1) ?? today;
}

/// <summary>
/// How a kind of record sits in time, as queries the store can run: its main day (to sort by), and whether it
/// happened or was in place during a range. With a one-day range the latter is "in place on that day", which is
/// how the stock indicators count; with the plan year it is how the flows count.
/// </summary>
internal interface IDated<TRecord>
    where TRecord : OrganisationRecord
{
    static abstract Expression<Func<TRecord, DateOnly>> Date { get; }

    static abstract Expression<Func<TRecord, bool>> During(DateOnly from, DateOnly to);
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
internal sealed class ActivityType : OrganisationRecord, IDated<ActivityType>
{
    public ActivityKind Kind { get; set; }

    public string Name { get; set; } = "";

    public DateOnly StartedOn { get; set; }

    public DateOnly? EndedOn { get; set; }

    public static Expression<Func<ActivityType, DateOnly>> Date => r => r.StartedOn;

    public override DateOnly WriteDay(DateOnly today) => LastDayInPlace(EndedOn, today);

    public static Expression<Func<ActivityType, bool>> During(DateOnly from, DateOnly to) => r => r.StartedOn <= to && (r.EndedOn == null || r.EndedOn > from);
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
internal sealed class UnionModel : OrganisationRecord, IDated<UnionModel>
{
    public UnionModelKind Kind { get; set; }

    public string Name { get; set; } = "";

    public DateOnly StartedOn { get; set; }

    public DateOnly? EndedOn { get; set; }

    public int? Participants { get; set; }

    public static Expression<Func<UnionModel, DateOnly>> Date => r => r.StartedOn;

    public override DateOnly WriteDay(DateOnly today) => LastDayInPlace(EndedOn, today);

    public static Expression<Func<UnionModel, bool>> During(DateOnly from, DateOnly to) => r => r.StartedOn <= to && (r.EndedOn == null || r.EndedOn > from);

    public static readonly UnionModelKind[] SpecialGroups =
        [UnionModelKind.EthnicMinority, UnionModelKind.Religious, UnionModelKind.YoungWomen, UnionModelKind.MigrantWorkers];
}

/// <summary>A full-time cadre (cán bộ chuyên trách) of a unit and whether she uses the basic software proficiently.</summary>
internal sealed class Cadre : OrganisationRecord, IDated<Cadre>
{
    public string FullName { get; set; } = "";

    public string? Position { get; set; }

    public bool ProficientInSoftware { get; set; }

    public DateOnly StartedOn { get; set; }

    public DateOnly? EndedOn { get; set; }

    public static Expression<Func<Cadre, DateOnly>> Date => r => r.StartedOn;

    public override DateOnly WriteDay(DateOnly today) => LastDayInPlace(EndedOn, today);

    public static Expression<Func<Cadre, bool>> During(DateOnly from, DateOnly to) => r => r.StartedOn <= to && (r.EndedOn == null || r.EndedOn > from);
}

/// <summary>A branch head (chi hội trưởng) and the day she was trained in union work, if she was.</summary>
internal sealed class BranchHead : OrganisationRecord, IDated<BranchHead>
{
    public string FullName { get; set; } = "";

    public string Branch { get; set; } = "";

    public DateOnly StartedOn { get; set; }

    public DateOnly? EndedOn { get; set; }

    public DateOnly? TrainedOn { get; set; }

    public static Expression<Func<BranchHead, DateOnly>> Date => r => r.StartedOn;

    public override DateOnly WriteDay(DateOnly today) => LastDayInPlace(EndedOn, today);

    public static Expression<Func<BranchHead, bool>> During(DateOnly from, DateOnly to) => r => r.StartedOn <= to && (r.EndedOn == null || r.EndedOn > from);
}

/// <summary>An activity held with local agencies and mass organisations that raises women's knowledge.</summary>
internal sealed class JointActivity : OrganisationRecord, IDated<JointActivity>
{
    public string Title { get; set; } = "";

    public string Partners { get; set; } = "";

    public DateOnly HeldOn { get; set; }

    public int Participants { get; set; }

    public static Expression<Func<JointActivity, DateOnly>> Date => r => r.HeldOn;

    public override DateOnly WriteDay(DateOnly today) => HeldOn;

    public static Expression<Func<JointActivity, bool>> During(DateOnly from, DateOnly to) => r => r.HeldOn >= from && r.HeldOn <= to;
}

/// <summary>A communication material (tài liệu truyền thông): digitised or not, posted on the website or official social-media pages or not.</summary>
internal sealed class CommunicationMaterial : OrganisationRecord, IDated<CommunicationMaterial>
{
    public string Title { get; set; } = "";

    public DateOnly IssuedOn { get; set; }

    public bool Digitised { get; set; }

    public bool PostedOnline { get; set; }

    public static Expression<Func<CommunicationMaterial, DateOnly>> Date => r => r.IssuedOn;

    public override DateOnly WriteDay(DateOnly today) => IssuedOn;

    public static Expression<Func<CommunicationMaterial, bool>> During(DateOnly from, DateOnly to) => r => r.IssuedOn >= from && r.IssuedOn <= to;
}

/// <summary>A communication activity (hoạt động truyền thông), held on digital platforms or not.</summary>
internal sealed class CommunicationActivity : OrganisationRecord, IDated<CommunicationActivity>
{
    public string Title { get; set; } = "";

    public DateOnly HeldOn { get; set; }

    public bool OnDigitalPlatform { get; set; }

    public int? Participants { get; set; }

    public static Expression<Func<CommunicationActivity, DateOnly>> Date => r => r.HeldOn;

    public override DateOnly WriteDay(DateOnly today) => HeldOn;

    public static Expression<Func<CommunicationActivity, bool>> During(DateOnly from, DateOnly to) => r => r.HeldOn >= from && r.HeldOn <= to;
}

/// <summary>A case a woman reported through the union's website, and the day she was advised and supported.</summary>
internal sealed class WebsiteCase : OrganisationRecord, IDated<WebsiteCase>
{
    public string Summary { get; set; } = "";

    public DateOnly ReportedOn { get; set; }

    public DateOnly? HandledOn { get; set; }

    public string? Outcome { get; set; }

    public static Expression<Func<WebsiteCase, DateOnly>> Date => r => r.ReportedOn;

    public override DateOnly WriteDay(DateOnly today) => ReportedOn;

    public static Expression<Func<WebsiteCase, bool>> During(DateOnly from, DateOnly to) => r => r.ReportedOn >= from && r.ReportedOn <= to;
}

/// <summary>Computers with a network connection at a union's office, from the day installed until retired (that day excluded).</summary>
internal sealed class NetworkedComputer : OrganisationRecord, IDated<NetworkedComputer>
{
    public int Quantity { get; set; }

    public string? Description { get; set; }

    public DateOnly InstalledOn { get; set; }

    public DateOnly? RetiredOn { get; set; }

    public static Expression<Func<NetworkedComputer, DateOnly>> Date => r => r.InstalledOn;

    public override DateOnly WriteDay(DateOnly today) => LastDayInPlace(RetiredOn, today);

    public static Expression<Func<NetworkedComputer, bool>> During(DateOnly from, DateOnly to) => r => r.InstalledOn <= to && (r.RetiredOn == null || r.RetiredOn > from);
}

/// <summary>A talk or training on digital transformation for women.</summary>
internal sealed class DigitalTraining : OrganisationRecord, IDated<DigitalTraining>
{
    public string Title { get; set; } = "";

    public DateOnly HeldOn { get; set; }

    public int Participants { get; set; }

    public int EthnicMinorityParticipants { get; set; }

    public static Expression<Func<DigitalTraining, DateOnly>> Date => r => r.HeldOn;

    public override DateOnly WriteDay(DateOnly today) => HeldOn;

    public static Expression<Func<DigitalTraining, bool>> During(DateOnly from, DateOnly to) => r => r.HeldOn >= from && r.HeldOn <= to;
}
