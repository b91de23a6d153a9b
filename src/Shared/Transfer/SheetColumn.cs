using System.Globalization;
using System.Text.RegularExpressions;

namespace Modular.Shared.Transfer;

/// <summary>What a column holds, which says how its cells are read and written.</summary>
public enum ColumnKind
{
    Text,
    Whole,
    Number,
    Percent,
    Date,
    YesNo,
    Choice,
    Choices,
    Unit,
}

/// <summary>One value of an enumeration as a sheet shows it (its Vietnamese label) and as the API names it.</summary>
public sealed record SheetChoice(string Label, string Name, object Value);

/// <summary>A column of a sheet: the key of its values, its Vietnamese heading, what it holds and how wide it is.</summary>
public sealed record SheetColumn(string Key, string Heading, ColumnKind Kind, bool Required = false, string? Help = null, IReadOnlyList<SheetChoice>? Choices = null)
{
    /// <summary>The column's width in characters, from its heading and what it holds.</summary>
    public double Width => Math.Clamp(Kind switch
    {
        ColumnKind.Date => 12,
        ColumnKind.Whole or ColumnKind.Number or ColumnKind.Percent => 12,
        ColumnKind.YesNo => 8,
        ColumnKind.Unit => 30,
        ColumnKind.Choice or ColumnKind.Choices => Math.Max(16, Choices?.Max(c => c.Label.Length) ?? 16),
        _ => 28,
    }, Heading.Length + 2, 60);

    /// <summary>Excel's number format for the column: dates dd/MM/yyyy, numbers with the reader's separators (1.100 and 12,5 in Vietnamese Excel).</summary>
    public string? Format => Kind switch
    {
        ColumnKind.Date => "dd/MM/yyyy",
        ColumnKind.Whole => "#,##0",
        ColumnKind.Number => "#,##0.##",
        ColumnKind.Percent => "0.0%",
        _ => null,
    };
}

/// <summary>Reads and writes cell values the way Vietnamese officers keep them.</summary>
public static partial class SheetValues
{
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "d-M-yyyy", "dd.MM.yyyy", "yyyy-MM-dd"];

    /// <summary>A cell as text, as a person would read it (numbers without the file's float noise).</summary>
    public static string? Text(object? cell) => cell switch
    {
        null => null,
        string s => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
        double d when Math.Abs(d % 1) < 1e-9 && Math.Abs(d) < 1e15 => ((long)Math.Round(d)).ToString(CultureInfo.InvariantCulture),
        DateTime t => t.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString(),
    };

    /// <summary>
    /// A number from a cell: a number the file holds, or text in Vietnamese writing ("1.100" is eleven hundred,
    /// "12,5" twelve and a half); "12.5" with a point and no group of three after it is read as twelve and a half.
    /// </summary>
    public static double? Number(object? cell)
    {
        switch (cell)
        {
            case null:
                return null;
            case double d:
                return d;
            case IConvertible c when cell is not string and not DateTime and not bool:
                return c.ToDouble(CultureInfo.InvariantCulture);
        }

        var text = Text(cell)?.Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal);
        if (text is null)
        {
            return null;
        }

        if (GroupedWithPoints().IsMatch(text))
        {
            text = text.Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
        }
        else if (DecimalComma().IsMatch(text))
        {
            text = text.Replace(',', '.');
        }
        else if (!DecimalPoint().IsMatch(text))
        {
            throw new FormatException();
        }

        return double.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }

    /// <summary>A day from a cell: a date the file holds, an Excel day number, or text as dd/MM/yyyy (or ISO).</summary>
    public static DateOnly? Date(object? cell) => cell switch
    {
        null => null,
        DateTime t => DateOnly.FromDateTime(t),
        double d when d is >= 1 and < 2958466 => DateOnly.FromDateTime(DateTime.FromOADate(d)),
        double => throw new FormatException(),
        _ when Text(cell) is not { } text => null,
        _ => DateOnly.ParseExact(Text(cell)!, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None),
    };

    /// <summary>Yes or no: "có"/"không", "x", "1"/"0", "true"/"false", "đúng"/"sai".</summary>
    public static bool? YesNo(object? cell)
    {
        if (cell is bool b)
        {
            return b;
        }

        return VietnameseText.Fold(Text(cell) ?? "") switch
        {
            "" => null,
            "co" or "x" or "1" or "true" or "dung" or "yes" or "roi" => true,
            "khong" or "0" or "false" or "sai" or "no" or "chua" => false,
            _ => throw new FormatException(),
        };
    }

    /// <summary>How a value is written in a cell of the column: dates as dates, numbers as numbers, choices by their labels.</summary>
    public static object? Cell(SheetColumn column, object? value) => value switch
    {
        null => null,
        DateOnly day => day.ToDateTime(TimeOnly.MinValue),
        bool yes => yes ? "Có" : "Không",
        Enum => Label(column.Choices, value),
        string => value,
        System.Collections.IEnumerable many => string.Join("; ", many.Cast<object>().Select(v => Label(column.Choices, v))),
        int or long or float or decimal => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        _ => value,
    };

    /// <summary>A value as text for a CSV cell: dates dd/MM/yyyy, numbers 1.100 and 12,5, percentages 92,4%.</summary>
    public static string CsvText(ColumnKind kind, object? cell) => cell switch
    {
        null => "",
        DateTime t => t.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        double d when kind == ColumnKind.Percent => (d * 100).ToString("#,##0.0", Vietnamese) + "%",
        double d => d.ToString(kind == ColumnKind.Whole ? "#,##0" : "#,##0.##", Vietnamese),
        // A text that Excel would take for a formula is written as text (no formula injection through an export).
        string s when s.Length > 0 && "=+-@\t\r".Contains(s[0], StringComparison.Ordinal) => "'" + s,
        _ => Convert.ToString(cell, CultureInfo.InvariantCulture) ?? "",
    };

    private static string Label(IReadOnlyList<SheetChoice>? kindChoices, object value) =>
        kindChoices?.FirstOrDefault(c => Equals(c.Value, value))?.Label ?? value.ToString()!;

    [GeneratedRegex(@"^-?\d{1,3}(\.\d{3})+(,\d+)?$")]
    private static partial Regex GroupedWithPoints();

    [GeneratedRegex(@"^-?\d+(,\d+)?$")]
    private static partial Regex DecimalComma();

    [GeneratedRegex(@"^-?\d+(\.\d+)?$")]
    private static partial Regex DecimalPoint();
}
