using System.Text.Encodings.Web;
using System.Text.Json;
using Modular.Shared.Plans;
using Modular.Shared.Progress;
using Modular.Shared.Units;

namespace Modular.Shared.Reporting;

/// <summary>A target's figures at a unit, as a report keeps them.</summary>
public sealed record ReportFigure(
    string TargetCode,
    double Goal,
    double Actual,
    double Percent,
    double? Numerator,
    double? Denominator,
    int? UnitsMeeting,
    int? UnitsCounted);

/// <summary>A target of a report: the figure kept at submission, the figure now, and how far the actual has moved.</summary>
public sealed record ReportFigureComparison(Target Target, ReportFigure? Snapshot, ReportFigure Live)
{
    /// <summary>Live actual minus the snapshot's; null without a snapshot.</summary>
    public double? ActualDifference => Snapshot is null ? null : Math.Round(Live.Actual - Snapshot.Actual, 4);

    /// <summary>Whether any figure differs from the snapshot (true too when there is none).</summary>
    public bool Changed => Snapshot != Live;
}

/// <summary>
/// A unit's progress figures for one module and period, from the progress engine as of the period's last day: what a
/// submission keeps, and what the report compares it with later.
/// </summary>
public sealed class ReportFigures(ProgressEngine engine)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The figures of every target of the module that applies to the unit or below it.</summary>
    public async Task<(IReadOnlyList<Target> Targets, List<ReportFigure> Figures)> LiveAsync(
        Plan plan, ReportingPeriod period, Unit unit, string moduleKey, CancellationToken cancellationToken)
    {
        var evaluation = await engine.EvaluateAsync(plan, moduleKey, period.End, cancellationToken);
        var figures = evaluation.ForUnit(unit)
            .Where(p => p.Applicable)
            .Select(p => new ReportFigure(p.Target.Code, p.Goal, p.Actual, p.Percent, p.Numerator, p.Denominator, p.UnitsMeeting, p.UnitsCounted))
            .ToList();
        return (evaluation.Targets, figures);
    }

    public static string Serialize(IReadOnlyList<ReportFigure> figures) => JsonSerializer.Serialize(figures, Json);

    public static IReadOnlyList<ReportFigure> Deserialize(string? snapshot) =>
        snapshot is null ? [] : JsonSerializer.Deserialize<List<ReportFigure>>(snapshot, Json) ?? [];

    /// <summary>Target by target: the snapshot of the report beside the live figures.</summary>
    public async Task<IReadOnlyList<ReportFigureComparison>> CompareAsync(
        Plan plan, ReportingPeriod period, Unit unit, PeriodReport report, CancellationToken cancellationToken)
    {
        var (targets, live) = await LiveAsync(plan, period, unit, report.ModuleKey, cancellationToken);
        var kept = Deserialize(report.Snapshot).ToDictionary(f => f.TargetCode, StringComparer.Ordinal);
        var now = live.ToDictionary(f => f.TargetCode, StringComparer.Ordinal);
        return targets
            .Where(t => now.ContainsKey(t.Code) || kept.ContainsKey(t.Code))
            .Select(t => new ReportFigureComparison(
                t,
                kept.GetValueOrDefault(t.Code),
                now.GetValueOrDefault(t.Code) ?? new ReportFigure(t.Code, 0, 0, 0, null, null, null, null)))
            .ToList();
    }
}
