using System.ComponentModel;
using System.Linq.Expressions;
using Modular.Shared;

namespace Modular.Modules.Economy.Domain;

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
internal sealed class SupportedHousehold : IEconomyRecord, IUniqueInUnit<SupportedHousehold>
{
    public int Id { get; set; }

    public int UnitId { get; set; }

    /// <summary>Full name of the head of the household.</summary>
    public string HeadName { get; set; } = "";

    /// <summary><see cref="HeadName"/> folded, for accent-free search and the one-record-per-household rule.</summary>
    public string HeadNameFolded { get; set; } = "";

    /// <summary>Village or residential group (thôn, tổ dân phố).</summary>
    public string Village { get; set; } = "";

    public string VillageFolded { get; set; } = "";

    public HouseholdStatus StatusAtStart { get; set; }

    public DateOnly SupportStartedOn { get; set; }

    public HouseholdSupport Support { get; set; }

    /// <summary>What the support was, in the officer's words (amount, model, course).</summary>
    public string? SupportDetails { get; set; }

    /// <summary>The day the commune's poverty review confirmed the household out of poverty or near-poverty; null until then.</summary>
    public DateOnly? ExitedPovertyOn { get; set; }

    // A household still supported is a statement about today; one out of poverty is about the day it left.
    public DateOnly WriteDay(DateOnly today) => ExitedPovertyOn ?? today;

    public Expression<Func<SupportedHousehold, bool>> SameAsThis()
    {
        var (id, unitId, head, village) = (Id, UnitId, HeadNameFolded, VillageFolded);
        return h => h.Id != id && h.UnitId == unitId && h.HeadNameFolded == head && h.VillageFolded == village;
    }

    public DomainException Duplicate() => new(
        ErrorCodes.Conflict,
        $"Hộ của chủ hộ \"{HeadName}\" ở \"{Village}\" đã được ghi nhận tại đơn vị này; hãy cập nhật bản ghi đã có thay vì ghi thêm.",
        "headName");
}
