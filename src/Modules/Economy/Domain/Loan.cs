using System.ComponentModel;

namespace Modular.Modules.Economy.Domain;

/// <summary>Where a loan came from.</summary>
internal enum LoanSource
{
    [Description("Tổ tiết kiệm và vay vốn của Hội")]
    SavingsGroup = 1,

    [Description("Ngân hàng Chính sách xã hội (ủy thác qua Hội)")]
    SocialPolicyBank = 2,
}

/// <summary>A loan a woman reached through the union's savings-and-loan groups or the social policy bank.</summary>
internal sealed class Loan : IEconomyRecord
{
    public int Id { get; set; }

    public int UnitId { get; set; }

    public LoanSource Source { get; set; }

    public string BorrowerName { get; set; } = "";

    public string BorrowerNameFolded { get; set; } = "";

    /// <summary>In VND.</summary>
    public long Amount { get; set; }

    public DateOnly LoanedOn { get; set; }

    public DateOnly WriteDay(DateOnly today) => LoanedOn;
}
