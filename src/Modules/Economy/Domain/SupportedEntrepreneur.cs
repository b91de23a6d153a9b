using System.ComponentModel;

namespace Modular.Modules.Economy.Domain;

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
internal sealed class SupportedEntrepreneur : IEconomyRecord
{
    public int Id { get; set; }

    public int UnitId { get; set; }

    public string FullName { get; set; } = "";

    /// <summary><see cref="FullName"/> folded: with the birth year, it tells whether two records are the same woman.</summary>
    public string FullNameFolded { get; set; } = "";

    public int BirthYear { get; set; }

    public BusinessKind BusinessKind { get; set; }

    public EntrepreneurSupport Support { get; set; }

    public DateOnly SupportedOn { get; set; }

    public DateOnly WriteDay(DateOnly today) => SupportedOn;
}
