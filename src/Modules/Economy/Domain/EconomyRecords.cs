using System.ComponentModel;
using System.Linq.Expressions;
using Modular.Shared;
using Modular.Shared.Records;

namespace Modular.Modules.Economy.Domain;

/// <summary>The longest texts the store keeps.</summary>
internal static class EconomyLimits
{
    public const int Name = 200;

    public const int Details = 500;
}

/// <summary>Where a household stood when the union began to support it.</summary>
internal enum HouseholdStatus
{
    [Description("Hộ nghèo")]
    Poor = 1,

    [Description("Hộ cận nghèo")]
    NearPoor = 2,
}

/// <summary>The main support a household was given.</summary>
internal enum HouseholdSupport
{
    [Description("Vay vốn")]
    Loan = 1,

    [Description("Mô hình sinh kế")]
    LivelihoodModel = 2,

    [Description("Đào tạo nghề")]
    VocationalTraining = 3,

    [Description("Hỗ trợ vốn bằng hiện vật")]
    CapitalInKind = 4,

    [Description("Hình thức khác")]
    Other = 5,
}

/// <summary>A household with poor or near-poor women the union supports (target 2.2a).</summary>
internal sealed class SupportedHousehold : UnitRecord, IListedRecord<SupportedHousehold>, IUniqueInUnit<SupportedHousehold>
{
    /// <summary>Full name of the head of the household.</summary>
    [Description("Head of the household's full name.")]
    public string HeadName { get; set; } = "";

    /// <summary><see cref="HeadName"/> folded, for accent-free search and the one-record-per-household rule.</summary>
    public string HeadNameFolded { get; set; } = "";

    /// <summary>Village or residential group (thôn, tổ dân phố).</summary>
    [Description("Village or residential group.")]
    public string Village { get; set; } = "";

    public string VillageFolded { get; set; } = "";

    public HouseholdStatus StatusAtStart { get; set; }

    public DateOnly SupportStartedOn { get; set; }

    public HouseholdSupport Support { get; set; }

    /// <summary>What the support was, in the officer's words (amount, model, course).</summary>
    public string? SupportDetails { get; set; }

    /// <summary>The day the commune's poverty review confirmed the household out of poverty or near-poverty; null until then.</summary>
    [Description("Confirmed by the commune's poverty review; null while still supported.")]
    public DateOnly? ExitedPovertyOn { get; set; }

    public static Expression<Func<SupportedHousehold, DateOnly>> ListedOn => h => h.SupportStartedOn;

    // A household still supported is a statement about today; one out of poverty is about the day it left.
    public override DateOnly WriteDay(DateOnly today) => ExitedPovertyOn ?? today;

    public override IEnumerable<string?> SearchedTexts() => [HeadName, Village];

    public Expression<Func<SupportedHousehold, bool>> SameThing()
    {
        var (head, village) = (HeadNameFolded, VillageFolded);
        return h => h.HeadNameFolded == head && h.VillageFolded == village;
    }

    public DomainException Duplicate() => new(
        ErrorCodes.Conflict,
        $"Hộ của chủ hộ \"{HeadName}\" ở \"{Village}\" đã được ghi nhận tại đơn vị này; hãy cập nhật bản ghi đã có thay vì ghi thêm.",
        "headName");
}

/// <summary>What a supported woman runs.</summary>
internal enum BusinessKind
{
    [Description("Doanh nghiệp")]
    Enterprise = 1,

    [Description("Hợp tác xã")]
    Cooperative = 2,

    [Description("Hộ kinh doanh")]
    HouseholdBusiness = 3,
}

/// <summary>The capacity support given to a woman business owner.</summary>
internal enum EntrepreneurSupport
{
    [Description("Tập huấn, đào tạo")]
    Training = 1,

    [Description("Thương mại điện tử")]
    ECommerce = 2,

    [Description("Xây dựng thương hiệu")]
    Branding = 3,

    [Description("Tiếp cận tài chính")]
    FinanceAccess = 4,
}

/// <summary>
/// One support given to a woman business owner, cooperative manager or household business owner (target 2.2b).
/// A woman supported several times has several records; she counts once.
/// </summary>
internal sealed class SupportedEntrepreneur : UnitRecord, IListedRecord<SupportedEntrepreneur>
{
    public string FullName { get; set; } = "";

    /// <summary><see cref="FullName"/> folded: with the birth year, it tells whether two records are the same woman.</summary>
    public string FullNameFolded { get; set; } = "";

    public int BirthYear { get; set; }

    public BusinessKind BusinessKind { get; set; }

    public EntrepreneurSupport Support { get; set; }

    public DateOnly SupportedOn { get; set; }

    public static Expression<Func<SupportedEntrepreneur, DateOnly>> ListedOn => e => e.SupportedOn;

    public override DateOnly WriteDay(DateOnly today) => SupportedOn;

    public override IEnumerable<string?> SearchedTexts() => [FullName];
}

internal enum CooperativeKind
{
    [Description("Hợp tác xã")]
    Cooperative = 1,

    [Description("Tổ hợp tác")]
    CooperativeGroup = 2,
}

/// <summary>A cooperative or cooperative group the union helped found or supports (target 2.2c).</summary>
internal sealed class Cooperative : UnitRecord, IListedRecord<Cooperative>, IUniqueInUnit<Cooperative>
{
    public string Name { get; set; } = "";

    public string NameFolded { get; set; } = "";

    public CooperativeKind Kind { get; set; }

    public DateOnly FoundedOn { get; set; }

    public int Members { get; set; }

    /// <summary>How many women sit in its management (board, director, supervisors).</summary>
    public int WomenInManagement { get; set; }

    public static Expression<Func<Cooperative, DateOnly>> ListedOn => c => c.FoundedOn;

    // A cooperative may be decades old: the record states that it exists now, so the write is checked for today.
    public override DateOnly WriteDay(DateOnly today) => today;

    public override IEnumerable<string?> SearchedTexts() => [Name];

    public Expression<Func<Cooperative, bool>> SameThing()
    {
        var name = NameFolded;
        return c => c.NameFolded == name;
    }

    public DomainException Duplicate() => new(
        ErrorCodes.Conflict,
        $"\"{Name}\" đã được ghi nhận tại đơn vị này; hãy cập nhật bản ghi đã có thay vì ghi thêm.",
        "name");
}

/// <summary>A start-up idea or project supported under Project 939.</summary>
internal sealed class StartupProject : UnitRecord, IListedRecord<StartupProject>
{
    public string Name { get; set; } = "";

    /// <summary>The woman (or group) behind it.</summary>
    public string OwnerName { get; set; } = "";

    public DateOnly SupportedOn { get; set; }

    public static Expression<Func<StartupProject, DateOnly>> ListedOn => s => s.SupportedOn;

    public override DateOnly WriteDay(DateOnly today) => SupportedOn;

    public override IEnumerable<string?> SearchedTexts() => [Name, OwnerName];
}

/// <summary>Where a loan came from.</summary>
internal enum LoanSource
{
    [Description("Tổ tiết kiệm và vay vốn của Hội")]
    SavingsGroup = 1,

    [Description("Ngân hàng Chính sách xã hội (ủy thác qua Hội)")]
    SocialPolicyBank = 2,
}

/// <summary>A loan a woman reached through the union's savings-and-loan groups or the social policy bank.</summary>
internal sealed class Loan : UnitRecord, IListedRecord<Loan>
{
    public LoanSource Source { get; set; }

    public string BorrowerName { get; set; } = "";

    /// <summary>In VND.</summary>
    [Description("In VND.")]
    public long Amount { get; set; }

    public DateOnly LoanedOn { get; set; }

    public static Expression<Func<Loan, DateOnly>> ListedOn => l => l.LoanedOn;

    public override DateOnly WriteDay(DateOnly today) => LoanedOn;

    public override IEnumerable<string?> SearchedTexts() => [BorrowerName];
}
