using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Modular.Shared.Access;
using Modular.Shared.Data;
using Modular.Shared.Records;
using Modular.Shared.Reporting;
using Modular.Shared.Units;
using Modular.Shared.Validation;

namespace Modular.Shared.Indicators;

/// <summary>Input of <c>reportValue</c>.</summary>
public sealed record ReportValueInput(string Indicator, string UnitCode, DateOnly PeriodStart, DateOnly PeriodEnd, double Value);

/// <summary>Numbers units report for a period (reported indicators). A second report for the same period is a correction.</summary>
public sealed class ReportedValueCommands(
    IDbContextFactory<CoreDbContext> factory,
    UnitAccess access,
    IndicatorRegistry indicators,
    PeriodLocks locks,
    TimeProvider clock)
{
    public async Task<ReportedValue> ReportValueAsync(ReportValueInput input, CancellationToken cancellationToken)
    {
        var indicator = RequireReported(input.Indicator);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await new ReportValueValidator(await PlanYearsAsync(db, cancellationToken)).ValidateAndThrowAsync(input, cancellationToken);
        var unit = await access.ForWriteAsync(input.UnitCode, indicator.ModuleKey, input.PeriodStart, cancellationToken);
        await locks.EnsureOpenAsync(unit.Id, indicator.ModuleKey, input.PeriodStart, input.PeriodEnd, cancellationToken);
        var value = NewValue(input, indicator, unit.Id);
        var previous = await db.ReportedValues
            .Where(r => r.IndicatorKey == input.Indicator && r.UnitId == unit.Id && r.PeriodStart == input.PeriodStart && r.PeriodEnd == input.PeriodEnd && r.SupersededAt == null)
            .ToListAsync(cancellationToken);
        previous.ForEach(r => r.SupersededAt = value.RecordedAt);
        db.ReportedValues.Add(value);
        await db.SaveChangesAsync(cancellationToken);
        return value;
    }

    /// <summary>
    /// Reports many values at once (demo data, a file of a district's communes), each row with the checks of
    /// <see cref="ReportValueAsync"/> (the caller's subtree and role, the module switched on), answered row by row, and
    /// one import entry in the audit trail. A value equal to the one in force for its period is left as it is, so
    /// importing the same values again changes nothing; a different one corrects it. A value inside an approved period
    /// is refused (LOCKED). A dry run writes nothing; a refused row stops the whole import unless
    /// <see cref="RecordImport.SkipRefused"/> says to write the others (demo data leaves locked values out so).
    /// </summary>
    public async Task<ImportSummary> ImportReportedValuesAsync(IReadOnlyList<ReportValueInput> inputs, RecordImport import, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var validator = new ReportValueValidator(await PlanYearsAsync(db, cancellationToken));
        var values = new List<(int Row, ReportedValue Value)>();
        var refused = new List<RowRefusal>();
        for (var row = 0; row < inputs.Count; row++)
        {
            var input = inputs[row];
            try
            {
                var indicator = RequireReported(input.Indicator);
                validator.EnsureRowValid(input, $"Giá trị {input.Indicator}");
                var unit = await access.ForWriteAsync(input.UnitCode, indicator.ModuleKey, input.PeriodStart, cancellationToken);
                await locks.EnsureOpenAsync(unit.Id, indicator.ModuleKey, input.PeriodStart, input.PeriodEnd, cancellationToken);
                values.Add((row + 1, NewValue(input, indicator, unit.Id)));
            }
            catch (DomainException refusal)
            {
                refused.Add(new RowRefusal(row + 1, refusal.Code, refusal.Field, refusal.Message));
            }
        }

        var keys = values.Select(v => v.Value.IndicatorKey).Distinct().ToList();
        var current = (await db.ReportedValues.Where(r => keys.Contains(r.IndicatorKey) && r.SupersededAt == null).ToListAsync(cancellationToken))
            .ToDictionary(r => (r.IndicatorKey, r.UnitId, r.PeriodStart, r.PeriodEnd));
        var seen = new Dictionary<(string, int, DateOnly, DateOnly), int>();
        var added = new List<ReportedValue>();
        var (created, updated, unchanged) = (0, 0, 0);
        foreach (var (row, value) in values)
        {
            var key = (value.IndicatorKey, value.UnitId, value.PeriodStart, value.PeriodEnd);
            if (import.MatchExisting && seen.TryGetValue(key, out var first))
            {
                refused.Add(new RowRefusal(row, ErrorCodes.Conflict, "unitCode", $"Dòng này trùng với dòng {first}: cùng chỉ số, đơn vị và kỳ báo cáo."));
                continue;
            }

            seen[key] = row;
            if (current.TryGetValue(key, out var inForce))
            {
                if (inForce.Value == value.Value)
                {
                    unchanged++;
                    continue;
                }

                inForce.SupersededAt = value.RecordedAt;
                updated++;
            }
            else
            {
                created++;
            }

            current[key] = value;
            added.Add(value);
        }

        var write = !import.DryRun && (refused.Count == 0 || import.SkipRefused);
        if (write)
        {
            db.ReportedValues.AddRange(added);
            db.RecordImport(nameof(ReportedValue), added.Count, import.Label);
            await db.SaveChangesAsync(cancellationToken);
        }

        return new ImportSummary(inputs.Count, created, updated, unchanged, write ? added.Count : 0, [.. refused.OrderBy(r => r.Row)], import.DryRun);
    }

    /// <summary>The indicators units report themselves (<c>organisation.women-18plus</c>, ...), as files name them.</summary>
    public IEnumerable<RegisteredIndicator> Reported => indicators.All.Where(i => i.Definition.Source == IndicatorSource.Reported);

    private RegisteredIndicator RequireReported(string key) =>
        indicators.Find(key) is { Definition.Source: IndicatorSource.Reported } indicator
            ? indicator
            : throw new DomainException(ErrorCodes.NotFound, $"Không có chỉ số báo cáo '{key}'.", "indicator");

    private ReportedValue NewValue(ReportValueInput input, RegisteredIndicator indicator, int unitId) => new()
    {
        IndicatorKey = input.Indicator,
        ModuleKey = indicator.ModuleKey,
        UnitId = unitId,
        PeriodStart = input.PeriodStart,
        PeriodEnd = input.PeriodEnd,
        Value = input.Value,
        RecordedAt = clock.GetUtcNow(),
        RecordedBy = access.RequireCaller().UserName,
    };

    private static async Task<HashSet<int>> PlanYearsAsync(CoreDbContext db, CancellationToken cancellationToken) =>
        (await db.Plans.Select(p => p.Year).ToListAsync(cancellationToken)).ToHashSet();
}

/// <summary>A non-negative value for a period inside the year of a plan.</summary>
internal sealed class ReportValueValidator : InputValidator<ReportValueInput>
{
    public ReportValueValidator(IReadOnlySet<int> planYears)
    {
        RuleFor(i => i.Value).NonNegative("Giá trị phải là số không âm.");
        RuleFor(i => i.PeriodEnd).Must((i, end) => end >= i.PeriodStart).WithMessage("Ngày kết thúc kỳ báo cáo phải sau ngày bắt đầu.");
        RuleFor(i => i.PeriodStart).Must((i, start) => i.PeriodEnd.Year == start.Year && planYears.Contains(start.Year))
            .WithMessage(i => $"Kỳ báo cáo {i.PeriodStart:dd/MM/yyyy}–{i.PeriodEnd:dd/MM/yyyy} phải nằm trọn trong năm của một kế hoạch.");
    }
}
