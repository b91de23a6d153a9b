using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;
using Modular.Shared.Access;
using Modular.Shared.Records;
using Modular.Shared.Storage;
using Modular.Shared.Units;
using Modular.Shared.Validation;

namespace Modular.Shared.Transfer;

/// <summary>What became of an imported file: counts, and each refused row with its column, value and why.</summary>
public sealed record FileImportSummary(
    string File,
    string Sha256,
    string Kind,
    bool DryRun,
    bool Written,
    int Rows,
    int Created,
    int Updated,
    int Unchanged,
    int Refused,
    IReadOnlyList<FileRowRefusal> Errors,
    IReadOnlyList<string> IgnoredColumns)
{
    /// <summary>Refused rows listed at most; the count is always exact.</summary>
    public const int MaxListed = 1_000;

    /// <summary>One line in Vietnamese: "Đã nhập 12 dòng: 10 mới, 2 cập nhật, 0 không đổi, 0 bị từ chối."</summary>
    public string Message => (DryRun, Written) switch
    {
        (true, _) => $"Kiểm tra {Rows} dòng (chưa ghi gì): {Created} sẽ ghi mới, {Updated} sẽ cập nhật, {Unchanged} không đổi, {Refused} bị từ chối.",
        (false, true) => $"Đã nhập {Rows} dòng: {Created} ghi mới, {Updated} cập nhật, {Unchanged} không đổi, {Refused} bị từ chối.",
        _ => $"Không ghi gì: {Refused} trong {Rows} dòng bị từ chối. Hãy sửa các dòng đó rồi nhập lại, hoặc chọn nhập các dòng hợp lệ.",
    };
}

/// <summary>A refused row: its number in the file, the column and value at fault (when one is), the code and a Vietnamese message.</summary>
public sealed record FileRowRefusal(int Row, string? Column, string? Value, string Code, string Message);

/// <summary>How an import goes: only check (<see cref="DryRun"/>), or write the valid rows and report the rest (<see cref="SkipRefused"/>).</summary>
public sealed record FileImportOptions(bool DryRun = false, bool SkipRefused = false);

/// <summary>
/// Templates, imports and exports of every module's records, as sheets. An import maps the sheet's columns by their
/// headings to the fields of the kind's GraphQL input, reads each cell the way the column's type says (Vietnamese
/// numbers, dd/MM/yyyy or Excel dates, choices by label), and hands the rows to the record service's bulk path, which
/// makes the checks of a GraphQL write row by row; the file's own audit entry is written in the same write session.
/// </summary>
public sealed class RecordFiles(
    IServiceProvider services,
    WriteSessions sessions,
    UnitDirectory directory,
    UnitAccess access,
    IOptions<SheetLimits> limits,
    TimeProvider clock)
{
    private const string UnitHeading = "Mã đơn vị";

    public SheetLimits Limits => limits.Value;

    /// <summary>
    /// A template: the data sheet with the kind's headings and drop-down lists, a sheet that says what each column takes,
    /// and the lists: every choice of each enumeration and the units the caller may write for, by code with their names.
    /// </summary>
    public async Task WriteTemplateAsync(RecordFileKind kind, Stream output, CancellationToken cancellationToken)
    {
        if (!kind.CanImport)
        {
            throw new DomainException(ErrorCodes.NotFound, $"{kind.Title}: loại hồ sơ này không nhập từ tệp.", "kind");
        }

        var units = await WritableUnitsAsync(cancellationToken);
        var choiceColumns = kind.ImportColumns.Where(c => c.Choices is not null).ToList();
        var lists = new List<SheetColumn> { new("unit", "Đơn vị (mã - tên)", ColumnKind.Text) };
        lists.AddRange(choiceColumns.Select(c => new SheetColumn(c.Key, c.Heading, ColumnKind.Text)));
        var listRows = Enumerable.Range(0, Math.Max(units.Count, choiceColumns.Select(c => c.Choices!.Count).DefaultIfEmpty(0).Max()))
            .Select(i => (IReadOnlyDictionary<string, object?>)lists.ToDictionary(
                c => c.Key,
                c => c.Key == "unit" ? (i < units.Count ? (object?)units[i] : null) : choiceColumns.First(x => x.Key == c.Key).Choices!.ElementAtOrDefault(i)?.Label))
            .ToList();
        const string ListSheet = "Danh mục";
        var ranges = new Dictionary<string, string>();
        foreach (var column in kind.ImportColumns.Where(c => c.Kind is ColumnKind.Unit || c.Choices is not null))
        {
            var position = column.Kind == ColumnKind.Unit ? 0 : lists.FindIndex(l => l.Key == column.Key);
            var count = column.Kind == ColumnKind.Unit ? units.Count : column.Choices!.Count;
            if (count > 0 && column.Kind != ColumnKind.Choices)
            {
                var letter = SheetWriter.ColumnName(position);
                ranges[column.Key] = $"'{ListSheet}'!${letter}$2:${letter}${count + 1}";
            }
        }

        var helpColumns = new[] { new SheetColumn("column", "Cột", ColumnKind.Text), new SheetColumn("required", "Bắt buộc", ColumnKind.Text), new SheetColumn("takes", "Cách ghi", ColumnKind.Text) };
        var help = kind.ImportColumns.Select(c => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
        {
            ["column"] = c.Heading,
            ["required"] = c.Required ? "Có" : "Không",
            ["takes"] = Takes(c),
        }).Append(new Dictionary<string, object?>
        {
            ["column"] = "Lưu ý",
            ["takes"] = $"Dòng 1 là tiêu đề cột: giữ nguyên tên cột (có thể đổi thứ tự, bỏ cột không bắt buộc). Nhập lại cùng tệp không ghi trùng: dòng đã có giữ nguyên, dòng khác giá trị được cập nhật. Tối đa {Limits.MaxRows:N0} dòng mỗi tệp.".Replace(",", ".", StringComparison.Ordinal),
        }).ToList();
        var data = kind.ImportColumns.Select(c => c with { Kind = c.Kind == ColumnKind.Unit ? ColumnKind.Text : c.Kind }).ToList();
        SheetWriter.WriteXlsx(output, [
            new SheetPart(SheetName(kind.Title), data, []) { Lists = ranges },
            new SheetPart("Hướng dẫn", helpColumns, help),
            new SheetPart(ListSheet, lists, listRows),
        ]);
    }

    /// <summary>Imports a file of one kind of record: refused whole when unreadable or unsafe, otherwise answered row by row.</summary>
    public async Task<FileImportSummary> ImportAsync(RecordFileKind kind, string fileName, byte[] content, FileImportOptions options, CancellationToken cancellationToken)
    {
        if (!kind.CanImport)
        {
            throw new DomainException(ErrorCodes.NotFound, $"{kind.Title}: loại hồ sơ này không nhập từ tệp.", "kind");
        }

        access.RequireCaller();
        var sheet = SheetFile.Read(fileName, content, Limits);
        var (columns, ignored) = MapColumns(sheet, kind.ImportColumns);
        var refusals = new List<FileRowRefusal>();
        var inputs = new List<object>();
        var rowOf = new List<SheetRow>();
        foreach (var row in sheet.Rows)
        {
            try
            {
                inputs.Add(kind.Input!.ParseDictionary(Values(row, columns)));
                rowOf.Add(row);
            }
            catch (Exception cell) when (cell is not DomainException and not OperationCanceledException)
            {
                refusals.Add(Refusal(row, cell));
            }
        }

        var keepGoing = options.SkipRefused || refusals.Count == 0;
        var session = options.DryRun ? null : sessions.Current is null ? sessions.Begin() : null;
        try
        {
            var import = new RecordImport($"tệp {sheet.FileName}", DryRun: options.DryRun || !keepGoing, options.SkipRefused, MatchExisting: true);
            var summary = await kind.Writer!.ImportAsync(services, inputs, import, cancellationToken);
            foreach (var refusal in summary.Refused)
            {
                var row = rowOf[refusal.Row - 1];
                // Access refusals name no field: they are about the row's unit.
                var field = refusal.Field ?? (refusal.Code is ErrorCodes.Forbidden or ErrorCodes.ModuleOff ? "unitCode" : null);
                var column = field is null ? null : columns.FirstOrDefault(c => c.Column.Key == InputField(field)).Column;
                refusals.Add(new FileRowRefusal(
                    row.Number, column?.Heading, column is null ? null : SheetValues.Text(row.Cells.GetValueOrDefault(columns.First(c => c.Column == column).Heading)), refusal.Code, refusal.Message));
            }

            var written = !import.DryRun && (refusals.Count == 0 || options.SkipRefused);
            var result = new FileImportSummary(
                sheet.FileName, sheet.Sha256, $"{kind.ModuleKey}/{kind.Slug}", options.DryRun, written, sheet.Rows.Count,
                summary.Created, summary.Updated, summary.Unchanged, refusals.Count,
                [.. refusals.OrderBy(r => r.Row).Take(FileImportSummary.MaxListed)], ignored);
            if (written)
            {
                await kind.Writer.RecordFileAsync(services, await AuditOfAsync(kind.Writer.RecordType.Name, result, cancellationToken), cancellationToken);
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

    /// <summary>Writes the records a list with the filter shows, as .xlsx or .csv, streamed from the store (never all in memory).</summary>
    public async Task ExportAsync(RecordFileKind kind, RecordFilter filter, bool csv, Stream output, CancellationToken cancellationToken)
    {
        var tree = await directory.LoadTreeAsync(cancellationToken);
        await kind.Reader.ReadAllAsync(services, filter, records =>
        {
            var sheet = new SheetPart(SheetName(kind.Title), kind.ExportColumns, Rows(kind, tree, records));
            if (csv)
            {
                SheetWriter.WriteCsv(output, sheet);
            }
            else
            {
                SheetWriter.WriteXlsx(output, [sheet]);
            }
        }, cancellationToken);
    }

    /// <summary>The audit entry of an import, against the unit the caller imports for.</summary>
    internal async Task<FileAudit> AuditOfAsync(string entity, FileImportSummary summary, CancellationToken cancellationToken)
    {
        var tree = await directory.LoadTreeAsync(cancellationToken);
        var caller = access.RequireCaller();
        var unit = caller == Caller.System ? tree.Units.FirstOrDefault(u => u.ParentId is null && u.ValidTo is null) : access.CallerUnit(tree);
        return new FileAudit(entity, unit?.Id, summary.File, summary.Sha256, summary.Rows, summary.Created, summary.Updated, summary.Unchanged, summary.Refused);
    }

    /// <summary>
    /// The sheet's headings matched to the columns by name (case, accents and spacing aside; the API's field name works
    /// too); a required column missing refuses the file, headings that name no column are reported and left out.
    /// </summary>
    internal static (List<(SheetColumn Column, string Heading)> Columns, List<string> Ignored) MapColumns(SheetTable sheet, IReadOnlyList<SheetColumn> wanted)
    {
        var byName = sheet.Headings.Where(h => !string.IsNullOrWhiteSpace(h)).GroupBy(Folded).ToDictionary(g => g.Key, g => g.First());
        var columns = new List<(SheetColumn, string)>();
        var missing = new List<string>();
        foreach (var column in wanted)
        {
            var heading = byName.GetValueOrDefault(Folded(column.Heading)) ?? byName.GetValueOrDefault(Folded(column.Key))
                ?? (column.Kind == ColumnKind.Unit ? byName.GetValueOrDefault(Folded("Đơn vị")) : null);
            if (heading is not null)
            {
                columns.Add((column, heading));
            }
            else if (column.Required)
            {
                missing.Add(column.Heading);
            }
        }

        if (missing.Count > 0)
        {
            throw new DomainException(
                FileErrorCodes.MissingColumn,
                $"Tệp thiếu cột bắt buộc: {string.Join(", ", missing.Select(m => $"\"{m}\""))}. Hãy dùng tệp mẫu, giữ nguyên tên cột ở dòng 1.",
                "file");
        }

        var used = columns.Select(c => c.Item2).ToHashSet(StringComparer.Ordinal);
        return (columns, sheet.Headings.Where(h => !string.IsNullOrWhiteSpace(h) && !used.Contains(h)).ToList());
    }

    /// <summary>A row's cells as the input's field values: each read as its column's type says, or refused with why.</summary>
    internal static Dictionary<string, object?> Values(SheetRow row, List<(SheetColumn Column, string Heading)> columns)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (column, heading) in columns)
        {
            var cell = row.Cells.GetValueOrDefault(heading);
            var value = Read(column, cell);
            if (value is null && column.Required && column.Kind != ColumnKind.Text && column.Kind != ColumnKind.Unit)
            {
                throw new CellException(column, null, $"Cột \"{column.Heading}\" không được để trống.");
            }

            values[column.Key] = value ?? (column.Required && column.Kind is ColumnKind.Text or ColumnKind.Unit ? "" : null);
        }

        return values;
    }

    /// <summary>A row refused before it reached the record service: a cell of the wrong type, or values the input cannot take.</summary>
    internal static FileRowRefusal Refusal(SheetRow row, Exception error) => error is CellException cell
        ? new FileRowRefusal(row.Number, cell.Column.Heading, cell.Value, ErrorCodes.Validation, cell.Message)
        : new FileRowRefusal(row.Number, null, null, ErrorCodes.Validation, "Dòng có giá trị không hợp lệ: hãy kiểm tra lại theo trang \"Hướng dẫn\" của tệp mẫu.");

    private static object? Read(SheetColumn column, object? cell)
    {
        var text = SheetValues.Text(cell);
        try
        {
            return column.Kind switch
            {
                _ when text is null => null,
                ColumnKind.Unit => text.Split(" - ", 2)[0].Trim(),
                ColumnKind.Text => text,
                ColumnKind.Date => SheetValues.Date(cell),
                ColumnKind.Whole => Whole(column, SheetValues.Number(cell)!.Value),
                ColumnKind.Number or ColumnKind.Percent => SheetValues.Number(cell),
                ColumnKind.YesNo => SheetValues.YesNo(cell),
                ColumnKind.Choice => Choice(column, text),
                ColumnKind.Choices => text.Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => Choice(column, t)).ToList(),
                _ => text,
            };
        }
        catch (FormatException)
        {
            throw new CellException(column, text, column.Kind switch
            {
                ColumnKind.Date => $"Cột \"{column.Heading}\": \"{text}\" không phải ngày; hãy ghi dd/mm/yyyy (ví dụ 30/06/2025) hoặc dùng ô ngày của Excel.",
                ColumnKind.YesNo => $"Cột \"{column.Heading}\": \"{text}\" không rõ; hãy ghi \"Có\" hoặc \"Không\".",
                _ => $"Cột \"{column.Heading}\": \"{text}\" không phải số; hãy ghi số như 1.100 hoặc 12,5.",
            });
        }
        catch (OverflowException)
        {
            throw new CellException(column, text, $"Cột \"{column.Heading}\": số \"{text}\" quá lớn.");
        }
    }

    private static object Whole(SheetColumn column, double number) =>
        Math.Abs(number % 1) > 1e-9 ? throw new FormatException() : number is > int.MaxValue or < int.MinValue ? (long)number : (int)number;

    private static object Choice(SheetColumn column, string text)
    {
        var folded = VietnameseText.Fold(text);
        return column.Choices!.FirstOrDefault(c => VietnameseText.Fold(c.Label) == folded || VietnameseText.Fold(c.Name) == folded
                || VietnameseText.Fold(c.Value.ToString()!) == folded)?.Value
            ?? throw new CellException(column, text, $"Cột \"{column.Heading}\": \"{text}\" không có trong danh sách. Hãy chọn một trong: {string.Join("; ", column.Choices!.Select(c => c.Label))}.");
    }

    private static IEnumerable<IReadOnlyDictionary<string, object?>> Rows(RecordFileKind kind, UnitTree tree, IEnumerable<IUnitOwned> records)
    {
        var contexts = kind.ExportFields.Select(f => (Field: f, Context: new ResolveFieldContext { FieldDefinition = f, ParentType = kind.Item })).ToList();
        foreach (var record in records)
        {
            var unit = tree.Find(record.UnitId);
            var row = new Dictionary<string, object?>(StringComparer.Ordinal) { ["unitCode"] = unit?.Code, ["unitName"] = unit?.Name };
            foreach (var (field, context) in contexts)
            {
                context.Source = record;
                var value = field.Resolver!.ResolveAsync(context);
                row[field.Name] = value.IsCompletedSuccessfully ? value.Result : value.AsTask().GetAwaiter().GetResult();
            }

            yield return row;
        }
    }

    /// <summary>The units the caller writes for, in force today, as the template's list shows them: "22333 - Phường Bắc Nha Trang".</summary>
    private async Task<List<string>> WritableUnitsAsync(CancellationToken cancellationToken)
    {
        var tree = await directory.LoadTreeAsync(cancellationToken);
        var today = clock.Today();
        var caller = access.RequireCaller();
        var roots = caller == Caller.System ? tree.Units.Where(u => u.ParentId is null) : [access.CallerUnit(tree)];
        return roots.SelectMany(tree.Subtree).Where(u => u.IsInForceOn(today)).Select(u => $"{u.Code} - {u.Name}").Distinct().Take(SheetWriter.TemplateRows).ToList();
    }

    private static string Takes(SheetColumn column) => column.Kind switch
    {
        ColumnKind.Unit => "Mã đơn vị (chọn trong danh sách, hoặc ghi mã như 22333).",
        ColumnKind.Date => "Ngày, ghi dd/mm/yyyy (ví dụ 30/06/2025) hoặc dùng ô ngày của Excel.",
        ColumnKind.Whole => "Số nguyên, ví dụ 1.100.",
        ColumnKind.Number or ColumnKind.Percent => "Số, ví dụ 1.100 hoặc 12,5.",
        ColumnKind.YesNo => "Có hoặc Không.",
        ColumnKind.Choice => "Chọn một trong: " + string.Join("; ", column.Choices!.Select(c => c.Label)) + ".",
        ColumnKind.Choices => "Một hoặc nhiều trong các giá trị sau, cách nhau bởi dấu chấm phẩy: " + string.Join("; ", column.Choices!.Select(c => c.Label)) + ".",
        _ => "Chữ.",
    };

    private static string InputField(string field) => field.StartsWith("input.", StringComparison.Ordinal) ? field["input.".Length..] : field;

    private static string Folded(string heading) => VietnameseText.Fold(heading.Replace("*", "", StringComparison.Ordinal)).Replace(" ", "", StringComparison.Ordinal);

    /// <summary>Excel's sheet names hold at most 31 characters and none of : \ / ? * [ ].</summary>
    internal static string SheetName(string title)
    {
        var name = new string(title.Where(c => ":\\/?*[]".IndexOf(c, StringComparison.Ordinal) < 0).ToArray()).Trim();
        return name.Length <= 31 ? name : name[..31].TrimEnd(' ', ',');
    }

    /// <summary>A cell that cannot be read as its column's type.</summary>
    private sealed class CellException(SheetColumn column, string? value, string message) : Exception(message)
    {
        public SheetColumn Column { get; } = column;

        public string? Value { get; } = value;
    }
}
