using System.IO.Compression;
using System.Text;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.Csv;
using MiniExcelLibs.OpenXml;

namespace Modular.Shared.Transfer;

/// <summary>
/// One sheet to write: its name, columns and rows (read once, as they come, so a long export is never held in memory),
/// optionally lines of title above the headings, and for templates a drop-down list per column with choices.
/// </summary>
public sealed record SheetPart(string Name, IReadOnlyList<SheetColumn> Columns, IEnumerable<IReadOnlyDictionary<string, object?>> Rows)
{
    /// <summary>Lines above the headings (title, unit, date), each in the first column.</summary>
    public IReadOnlyList<string> Title { get; init; } = [];

    /// <summary>Drop-down lists: column key → the range of another sheet holding its choices (<c>'Danh mục'!$A$2:$A$6</c>).</summary>
    public IReadOnlyDictionary<string, string> Lists { get; init; } = new Dictionary<string, string>();
}

/// <summary>
/// Writes sheets with MiniExcel: Vietnamese headings, the heading row frozen, column widths and number formats set
/// per column. MiniExcel writes no data validation, so the drop-down lists of templates are added to the finished
/// workbook's sheet XML (<c>dataValidations</c>, in the place the format puts them).
/// </summary>
public static class SheetWriter
{
    /// <summary>Rows a template's drop-down lists cover below the headings.</summary>
    public const int TemplateRows = 5_000;

    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string CsvType = "text/csv; charset=utf-8";

    /// <summary>Writes the sheets as an .xlsx to a file (MiniExcel writes synchronously, so never straight to a response).</summary>
    public static void WriteXlsx(Stream output, IReadOnlyList<SheetPart> sheets)
    {
        var columns = new List<DynamicExcelColumn>();
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        var index = 0;
        foreach (var sheet in sheets)
        {
            // Keys are made unique per sheet: MiniExcel's column settings are one list for the workbook.
            var prefix = $"s{index++}_";
            columns.AddRange(sheet.Columns.Select(c => new DynamicExcelColumn(prefix + c.Key) { Name = c.Heading, Width = c.Width, Format = c.Format }));
            values[sheet.Name] = Rows(sheet, prefix);
        }

        var titled = sheets.Any(s => s.Title.Count > 0);
        var configuration = new OpenXmlConfiguration
        {
            DynamicColumns = [.. columns],
            FreezeRowCount = titled ? sheets.Max(s => s.Title.Count) + 2 : 1,
            AutoFilter = false,
            TableStyles = TableStyles.None,
            EnableWriteNullValueCell = false,
        };
        if (sheets.Any(s => s.Lists.Count > 0))
        {
            using var buffer = new MemoryStream();
            MiniExcel.SaveAs(buffer, values, printHeader: !titled, configuration: configuration);
            AddLists(buffer, sheets);
            buffer.Position = 0;
            buffer.CopyTo(output);
            return;
        }

        MiniExcel.SaveAs(output, values, printHeader: !titled, configuration: configuration);
    }

    /// <summary>Writes one sheet as CSV: UTF-8 with a BOM (so Excel reads the Vietnamese right), comma-separated, values as people write them.</summary>
    public static void WriteCsv(Stream output, SheetPart sheet)
    {
        var rows = sheet.Rows.Select(r => (IDictionary<string, object>)sheet.Columns.ToDictionary(
            c => c.Heading, c => (object)SheetValues.CsvText(c.Kind, SheetValues.Cell(c, r.GetValueOrDefault(c.Key))), StringComparer.Ordinal));
        var configuration = new CsvConfiguration { Seperator = ',', StreamWriterFunc = s => new StreamWriter(s, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)) };
        MiniExcel.SaveAs(output, Headed(sheet, rows), excelType: ExcelType.CSV, configuration: configuration);
    }

    // MiniExcel takes a sheet's headings from its first row; an export with no records still shows them.
    private static IEnumerable<IDictionary<string, object>> Headed(SheetPart sheet, IEnumerable<IDictionary<string, object>> rows)
    {
        var any = false;
        foreach (var row in rows)
        {
            any = true;
            yield return row;
        }

        if (!any)
        {
            yield return sheet.Columns.ToDictionary(c => c.Heading, _ => (object)"", StringComparer.Ordinal);
        }
    }

    private static IEnumerable<IDictionary<string, object?>> Rows(SheetPart sheet, string prefix)
    {
        if (sheet.Title.Count > 0)
        {
            foreach (var line in sheet.Title.Append(""))
            {
                yield return Line(sheet, prefix, line);
            }

            yield return sheet.Columns.ToDictionary(c => prefix + c.Key, c => (object?)c.Heading, StringComparer.Ordinal);
        }

        var any = false;
        foreach (var row in sheet.Rows)
        {
            any = true;
            yield return sheet.Columns.ToDictionary(c => prefix + c.Key, c => SheetValues.Cell(c, row.GetValueOrDefault(c.Key)), StringComparer.Ordinal);
        }

        if (!any && sheet.Title.Count == 0)
        {
            yield return sheet.Columns.ToDictionary(c => prefix + c.Key, _ => (object?)null, StringComparer.Ordinal); // the headings of an empty sheet
        }
    }

    private static Dictionary<string, object?> Line(SheetPart sheet, string prefix, string text) =>
        sheet.Columns.Select((c, i) => (c, i)).ToDictionary(x => prefix + x.c.Key, x => x.i == 0 ? (object?)text : null, StringComparer.Ordinal);

    private static void AddLists(MemoryStream workbook, IReadOnlyList<SheetPart> sheets)
    {
        using var zip = new ZipArchive(workbook, ZipArchiveMode.Update, leaveOpen: true);
        for (var i = 0; i < sheets.Count; i++)
        {
            var sheet = sheets[i];
            if (sheet.Lists.Count == 0 || zip.GetEntry($"xl/worksheets/sheet{i + 1}.xml") is not { } entry)
            {
                continue;
            }

            string xml;
            using (var reader = new StreamReader(entry.Open(), Encoding.UTF8))
            {
                xml = reader.ReadToEnd();
            }

            var validations = new StringBuilder($"<x:dataValidations count=\"{sheet.Lists.Count}\">");
            foreach (var (key, range) in sheet.Lists)
            {
                var column = ColumnName(sheet.Columns.Select(c => c.Key).ToList().IndexOf(key));
                validations.Append(System.Globalization.CultureInfo.InvariantCulture, $"<x:dataValidation type=\"list\" allowBlank=\"1\" showErrorMessage=\"1\" errorTitle=\"Giá trị không có trong danh sách\" error=\"Hãy chọn một giá trị trong danh sách.\" sqref=\"{column}2:{column}{TemplateRows + 1}\"><x:formula1>{range.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)}</x:formula1></x:dataValidation>");
            }

            validations.Append("</x:dataValidations>");
            // The schema's order: after the sheet data (and what follows it up to here), before drawings and the end.
            var at = xml.IndexOf("<x:drawing", StringComparison.Ordinal) is var drawing and >= 0 ? drawing : xml.LastIndexOf("</x:worksheet>", StringComparison.Ordinal);
            xml = xml.Insert(at, validations.ToString());
            entry.Delete();
            var replaced = zip.CreateEntry($"xl/worksheets/sheet{i + 1}.xml", CompressionLevel.Optimal);
            using var writer = new StreamWriter(replaced.Open(), new UTF8Encoding(false));
            writer.Write(xml);
        }
    }

    /// <summary>"A" for the first column, "AA" for the 27th.</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
