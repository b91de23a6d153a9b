using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Modular.Shared.Access;
using Modular.Shared.Data;
using Modular.Shared.Reporting;
using Modular.Shared.Units;
using Modular.Shared.Validation;

namespace Modular.Shared.Indicators;

/// <summary>Input of <c>reportValue</c>.</summary>
public sealed record ReportValueInput(string Indicator, string UnitCode, DateOnly PeriodStart, DateOnly PeriodEnd, double Value);

/// <summary>Numbers units report for a period (reported indicators). A second report for the same period is a correction.</summary>
public sealed class ReportedValueCommands(
    IDbContextFactory<CoreDbContext> factory,
    UnitDirectory directory,
    UnitAccess access,
    AdminGuard guard,
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
    /// Reports many values at once (demo data, a yearly return typed elsewhere), with the same checks as
    /// <see cref="ReportValueAsync"/> and one import entry in the audit trail. A value equal to the one in force for
    /// its period is left as it is, so importing the same values again changes nothing; a different one corrects it.
    /// A value inside an approved period is refused (LOCKED), or with <paramref name="skipLocked"/> (demo data) left out.
    /// </summary>
    public async Task<int> ImportReportedValuesAsync(IReadOnlyList<ReportValueInput> inputs, string label, bool skipLocked, CancellationToken cancellationToken)
    {
        var tree = await directory.LoadTreeAsync(cancellationToken);
        guard.EnsureProvinceAdmin(tree);
        var switches = await directory.LoadSwitchesAsync(cancellationToken);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var validator = new ReportValueValidator(await PlanYearsAsync(db, cancellationToken));
        var values = new List<ReportedValue>(inputs.Count);
        foreach (var input in inputs)
        {
            var indicator = RequireReported(input.Indicator);
            var unit = tree.Resolve(input.UnitCode, input.PeriodStart);
            validator.EnsureRowValid(input, $"Giá trị {input.Indicator} của {unit.Name}");
            if (!switches.IsOn(tree, unit, indicator.ModuleKey, input.PeriodStart))
            {
                throw new DomainException(ErrorCodes.Validation, $"Giá trị {input.Indicator} của {unit.Name} không hợp lệ: mô-đun đang tắt.", "unitCode");
            }

            if (skipLocked && await locks.FindAsync(unit.Id, indicator.ModuleKey, input.PeriodStart, input.PeriodEnd, cancellationToken) is not null)
            {
                continue;
            }

            await locks.EnsureOpenAsync(unit.Id, indicator.ModuleKey, input.PeriodStart, input.PeriodEnd, cancellationToken);
            values.Add(NewValue(input, indicator, unit.Id));
        }

        var keys = values.Select(v => v.IndicatorKey).Distinct().ToList();
        var current = (await db.ReportedValues.Where(r => keys.Contains(r.IndicatorKey) && r.SupersededAt == null).ToListAsync(cancellationToken))
            .ToDictionary(r => (r.IndicatorKey, r.UnitId, r.PeriodStart, r.PeriodEnd));
        var added = new List<ReportedValue>();
        foreach (var value in values)
        {
            if (current.TryGetValue((value.IndicatorKey, value.UnitId, value.PeriodStart, value.PeriodEnd), out var inForce))
            {
                if (inForce.Value == value.Value)
                {
                    continue;
                }

                inForce.SupersededAt = value.RecordedAt;
            }

            current[(value.IndicatorKey, value.UnitId, value.PeriodStart, value.PeriodEnd)] = value;
            added.Add(value);
        }

        db.ReportedValues.AddRange(added);
        db.RecordImport(nameof(ReportedValue), added.Count, label);
        await db.SaveChangesAsync(cancellationToken);
        return added.Count;
    }

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
