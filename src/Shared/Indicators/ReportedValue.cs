using Modular.Shared.Storage;

namespace Modular.Shared.Indicators;

/// <summary>A number a unit reports for a period, such as the women aged 18+ living in its area. Corrections keep the earlier value.</summary>
public sealed class ReportedValue : IUnitOwned
{
    public long Id { get; set; }

    public required string IndicatorKey { get; set; }

    public required string ModuleKey { get; set; }

    public int UnitId { get; set; }

    public DateOnly PeriodStart { get; set; }

    public DateOnly PeriodEnd { get; set; }

    public double Value { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public required string RecordedBy { get; set; }

    /// <summary>When a correction replaced this value; null while it is the current one.</summary>
    public DateTimeOffset? SupersededAt { get; set; }
}
