using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Modular.Shared.Access;
using Modular.Shared.Audit;
using Modular.Shared.Data;
using Modular.Shared.GraphQL;
using Modular.Shared.Indicators;
using Modular.Shared.Modularity;
using Modular.Shared.Progress;
using Modular.Shared.Records;
using Modular.Shared.Storage;
using Modular.Shared.Units;
using Modular.Shared.Validation;

namespace Modular.Shared.Transfer;

/// <summary>The sheets a unit sends up and the numbers it reports: progress and the audit trail out, reported values in and out.</summary>
public sealed class ReportFiles(
    IDbContextFactory<CoreDbContext> core,
    ProgressEngine engine,
    ModuleCatalog modules,
    AuditTrail audit,
    ReportedValueCommands reportedValues,
    RecordFiles records,
    WriteSessions sessions,
    UnitDirectory directory,
    UnitAccess access,
    IOptions<SheetLimits> limits,
    TimeProvider clock)
{
    private static readonly SheetColumn[] ValueColumns =
    [
        new("indicator", "Mã chỉ số", ColumnKind.Text, Required: true),
        new("unitCode", "Mã đơn vị", ColumnKind.Unit, Required: true),
        new("unitName", "Tên đơn vị", ColumnKind.Text),
        new("periodStart", "Từ ngày", ColumnKind.Date, Required: true),
        new("periodEnd", "Đến ngày", ColumnKind.Date, Required: true),
        new("value", "Giá trị", ColumnKind.Number, Required: true),
    ];

    private static readonly SheetColumn[] ProgressColumns =
    [
        new("unit", "Đơn vị", ColumnKind.Text),
        new("code", "Mã chỉ tiêu", ColumnKind.Text),
        new("title", "Chỉ tiêu", ColumnKind.Text),
        new("goal", "Chỉ tiêu giao", ColumnKind.Whole),
        new("actual", "Thực hiện", ColumnKind.Whole),
        new("percent", "Tỷ lệ hoàn thành", ColumnKind.Percent),
        new("status", "Tình trạng", ColumnKind.Text),
        new("meeting", "Số đơn vị đạt", ColumnKind.Whole),
        new("counted", "Số đơn vị tính", ColumnKind.Whole),
    ];

    private static readonly SheetColumn[] AuditColumns =
    [
        new("at", "Thời điểm", ColumnKind.Text),
        new("user", "Người ghi", ColumnKind.Text),
        new("unit", "Đơn vị", ColumnKind.Text),
        new("module", "Mô-đun", ColumnKind.Text),
        new("action", "Thao tác", ColumnKind.Text),
        new("entity", "Loại dữ liệu", ColumnKind.Text),
        new("key", "Mã", ColumnKind.Text),
        new("recordFrom", "Ngày của bản ghi từ", ColumnKind.Date),
        new("recordTo", "đến", ColumnKind.Date),
        new("before", "Trước", ColumnKind.Text),
        new("after", "Sau", ColumnKind.Text),
    ];

    /// <summary>
    /// Progress ready to send up: one sheet per module (or the one asked for) with the plan, unit and date on top, a
    /// row per target at the unit, then the same rows for each of its child units on that day.
    /// </summary>
    public async Task WriteProgressAsync(string planCode, string unitCode, string? moduleKey, DateOnly? asOf, Stream output, CancellationToken cancellationToken)
    {
        access.RequireCaller();
        await using var db = await core.CreateDbContextAsync(cancellationToken);
        var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Code == planCode, cancellationToken)
            ?? throw new DomainException(ErrorCodes.NotFound, $"Không có kế hoạch \"{planCode}\".", "planCode");
        var day = asOf ?? engine.DefaultAsOf(plan);
        var evaluation = await engine.EvaluateAsync(plan, VietnameseText.Clean(moduleKey), day, cancellationToken);
        var unit = evaluation.Tree.Resolve(unitCode, day);
        var sheets = new List<SheetPart>();
        foreach (var module in modules.Installed.Where(m => moduleKey is null || m.Key == moduleKey))
        {
            var rows = evaluation.ForUnit(unit).Where(p => p.Target.ModuleKey == module.Key).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            var all = rows.Select(p => ProgressRow(p, unit)).Concat(evaluation.VisibleChildren(unit).SelectMany(child => rows.Select(p => ProgressRow(evaluation.For(p.Target, child), child))));
            sheets.Add(new SheetPart(RecordFiles.SheetName(module.Name), ProgressColumns, all.ToList())
            {
                Title = [$"Tiến độ thực hiện {plan.Title} ({plan.Code})", $"Đơn vị: {unit.Name} (mã {unit.Code})", $"Tính đến ngày {day:dd/MM/yyyy}"],
            });
        }

        if (sheets.Count == 0)
        {
            throw new DomainException(ErrorCodes.NotFound, $"Không có chỉ tiêu nào của mô-đun \"{moduleKey}\" trong kế hoạch {plan.Code}.", "moduleKey");
        }

        SheetWriter.WriteXlsx(output, sheets);
    }

    /// <summary>The audit trail of a unit's subtree, newest first, for managers (the same rule as <c>auditTrail</c>), at most <see cref="SheetLimits.MaxAuditRows"/> entries.</summary>
    public async Task WriteAuditAsync(AuditTrailQuery query, Stream output, CancellationToken cancellationToken)
    {
        var page = await audit.ReadAsync(query, new PageRequest(0, limits.Value.MaxAuditRows), cancellationToken);
        var tree = await directory.LoadTreeAsync(cancellationToken);
        var rows = page.Items.Select(r => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
        {
            ["at"] = r.Entry.At.ToOffset(clock.LocalTimeZone.GetUtcOffset(r.Entry.At)).ToString("dd/MM/yyyy HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
            ["user"] = r.Entry.UserName,
            ["unit"] = r.Entry.UnitId is { } id && tree.Find(id) is { } unit ? $"{unit.Code} - {unit.Name}" : null,
            ["module"] = r.Entry.ModuleKey,
            ["action"] = r.Entry.Action,
            ["entity"] = r.Entry.Entity,
            ["key"] = r.Entry.EntityKey,
            ["recordFrom"] = r.Entry.RecordFrom,
            ["recordTo"] = r.Entry.RecordTo,
            ["before"] = r.Entry.Before,
            ["after"] = r.Entry.After,
        });
        SheetWriter.WriteXlsx(output, [new SheetPart("Nhật ký", AuditColumns, rows)]);
    }

    /// <summary>
    /// A template of reported values: a row for each unit at the level (base unions by default) under the unit, in force
    /// on the period's first day, with the indicator and period filled in and the value left for the unit to write.
    /// </summary>
    public async Task WriteValueTemplateAsync(string indicator, string? unitCode, DateOnly periodStart, DateOnly periodEnd, string? level, Stream output, CancellationToken cancellationToken)
    {
        var registered = reportedValues.Reported.FirstOrDefault(i => i.Definition.Key == indicator)
            ?? throw new DomainException(ErrorCodes.NotFound, $"Không có chỉ số báo cáo '{indicator}'.", "indicator");
        var tree = await directory.LoadTreeAsync(cancellationToken);
        var root = unitCode is null ? access.CallerUnit(tree) : tree.Resolve(unitCode, periodStart);
        if (!access.CanSee(tree, root.Id))
        {
            throw new DomainException(ErrorCodes.Forbidden, $"Tài khoản không quản lý {root.Name}.", "unitCode");
        }

        var units = tree.Subtree(root).Where(u => u.IsInForceOn(periodStart) && u.LevelKey == (level ?? "base")).ToList();
        var rows = (units.Count > 0 ? units : [root]).Select(u => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
        {
            ["indicator"] = registered.Definition.Key,
            ["unitCode"] = u.Code,
            ["unitName"] = u.Name,
            ["periodStart"] = periodStart,
            ["periodEnd"] = periodEnd,
        }).ToList();
        var help = new[]
        {
            ("Chỉ số", $"{registered.Definition.Key}: {registered.Definition.Name}"),
            ("Giá trị", "Số, ví dụ 1.100 hoặc 12,5. Dòng để trống giá trị được bỏ qua."),
            ("Kỳ báo cáo", "Từ ngày, đến ngày: dd/mm/yyyy, trong năm của kế hoạch. Nhập lại cùng giá trị không thay đổi gì; giá trị khác là đính chính."),
        }.Select(h => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?> { ["column"] = h.Item1, ["takes"] = h.Item2 }).ToList();
        SheetWriter.WriteXlsx(output, [
            new SheetPart("Số liệu báo cáo", ValueColumns, rows),
            new SheetPart("Hướng dẫn", [new SheetColumn("column", "Mục", ColumnKind.Text), new SheetColumn("takes", "Cách ghi", ColumnKind.Text)], help),
        ]);
    }

    /// <summary>Imports reported values, one per row, with the checks of <c>reportValue</c>; rows without a value are left out.</summary>
    public async Task<FileImportSummary> ImportValuesAsync(string fileName, byte[] content, FileImportOptions options, CancellationToken cancellationToken)
    {
        access.RequireCaller();
        var sheet = SheetFile.Read(fileName, content, limits.Value);
        var (columns, ignored) = RecordFiles.MapColumns(sheet, ValueColumns);
        var refusals = new List<FileRowRefusal>();
        var inputs = new List<ReportValueInput>();
        var rowOf = new List<SheetRow>();
        var valueHeading = columns.First(c => c.Column.Key == "value").Heading;
        foreach (var row in sheet.Rows.Where(r => SheetValues.Text(r.Cells.GetValueOrDefault(valueHeading)) is not null))
        {
            try
            {
                var values = RecordFiles.Values(row, columns);
                inputs.Add(new ReportValueInput((string)values["indicator"]!, (string)values["unitCode"]!, (DateOnly)values["periodStart"]!, (DateOnly)values["periodEnd"]!, (double)values["value"]!));
                rowOf.Add(row);
            }
            catch (Exception cell) when (cell is not DomainException and not OperationCanceledException)
            {
                refusals.Add(RecordFiles.Refusal(row, cell));
            }
        }

        var session = options.DryRun ? null : sessions.Current is null ? sessions.Begin() : null;
        try
        {
            var import = new RecordImport($"tệp {sheet.FileName}", options.DryRun || (refusals.Count > 0 && !options.SkipRefused), options.SkipRefused, MatchExisting: true);
            var summary = await reportedValues.ImportReportedValuesAsync(inputs, import, cancellationToken);
            refusals.AddRange(summary.Refused.Select(r => new FileRowRefusal(
                rowOf[r.Row - 1].Number,
                r.Field is "unitCode" or "indicator" or "periodStart" or "periodEnd" or "value" ? ValueColumns.First(c => c.Key == r.Field).Heading : null,
                r.Field is { } field && columns.FirstOrDefault(c => c.Column.Key == field).Heading is { } heading ? SheetValues.Text(rowOf[r.Row - 1].Cells.GetValueOrDefault(heading)) : null,
                r.Code,
                r.Message)));
            var written = !import.DryRun && (refusals.Count == 0 || options.SkipRefused);
            var result = new FileImportSummary(
                sheet.FileName, sheet.Sha256, "reported-values", options.DryRun, written, sheet.Rows.Count, summary.Created, summary.Updated, summary.Unchanged,
                refusals.Count, [.. refusals.OrderBy(r => r.Row).Take(FileImportSummary.MaxListed)], ignored);
            if (written)
            {
                await using var db = await core.CreateDbContextAsync(cancellationToken);
                db.RecordFileImport(await records.AuditOfAsync(nameof(ReportedValue), result, cancellationToken));
                await db.SaveChangesAsync(cancellationToken);
                if (session is not null)
                {
                    await session.CommitAsync(cancellationToken);
                }
            }

            return result;
        }
        finally
        {
            if (session is not null)
            {
                await session.DisposeAsync();
            }
        }
    }

    private static Dictionary<string, object?> ProgressRow(TargetProgress progress, Unit unit) => new()
    {
        ["unit"] = $"{unit.Code} - {unit.Name}",
        ["code"] = progress.Target.Code,
        ["title"] = progress.Target.Title,
        ["goal"] = progress.Applicable ? progress.Goal : null,
        ["actual"] = progress.Applicable ? progress.Actual : null,
        ["percent"] = progress.Applicable ? progress.Percent / 100 : null,
        ["status"] = progress.Applicable ? Status(progress.Status) : "không áp dụng",
        ["meeting"] = progress.UnitsMeeting,
        ["counted"] = progress.UnitsCounted,
    };

    /// <summary>The status as the dashboard says it.</summary>
    public static string Status(ProgressStatus status) => status switch
    {
        ProgressStatus.Achieved => "đạt",
        ProgressStatus.OnTrack => "đúng tiến độ",
        ProgressStatus.Behind => "chậm tiến độ",
        _ => "chưa bắt đầu",
    };
}
