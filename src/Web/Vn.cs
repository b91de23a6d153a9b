using System.Globalization;

namespace Modular.Web;

/// <summary>Numbers and dates as Vietnamese readers write them: 1.100, 92,4%, 30/06/2025.</summary>
public static class Vn
{
    /// <summary>Vietnamese separators whatever the server's own culture data: "." groups thousands, "," marks decimals.</summary>
    public static readonly NumberFormatInfo Numbers = NumberFormatInfo.ReadOnly(new NumberFormatInfo
    {
        NumberGroupSeparator = ".",
        NumberDecimalSeparator = ",",
        PercentGroupSeparator = ".",
        PercentDecimalSeparator = ",",
        NumberGroupSizes = [3],
        NegativeSign = "-",
    });

    /// <summary>A count or amount: whole numbers without decimals, others with one.</summary>
    public static string Number(double value) =>
        Math.Abs(value - Math.Round(value)) < 0.05 ? Math.Round(value).ToString("#,0", Numbers) : value.ToString("#,0.0", Numbers);

    public static string Number(long value) => value.ToString("#,0", Numbers);

    /// <summary>A value already in percent: "92,4%", "100%".</summary>
    public static string Percent(double value) => value.ToString("#,0.#", Numbers) + "%";

    public static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? day) => day is { } d ? Date(d) : "";

    /// <summary>A moment in the server's local time: "14:05 30/06/2025".</summary>
    public static string Moment(DateTimeOffset at) => at.ToLocalTime().ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>The ISO form date inputs and the API use: "2025-06-30".</summary>
    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An ISO date from the API, as dd/MM/yyyy; other text unchanged.</summary>
    public static string Date(string? iso) => ParseIso(iso) is { } day ? Date(day) : iso ?? "";

    /// <summary>
    /// A number as people type it: "1.100" and "12.500" are thousands, "92,4" has a decimal comma; "2.5" (one to two
    /// digits after a single dot) is read as a decimal. Null when it is not a finite number.
    /// </summary>
    public static double? ParseNumber(string? text)
    {
        var value = (text ?? "").Trim().Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal);
        if (value.Contains(',', StringComparison.Ordinal))
        {
            value = value.Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
        }
        else if (System.Text.RegularExpressions.Regex.IsMatch(value, @"^-?\d{1,3}(\.\d{3})+$"))
        {
            value = value.Replace(".", "", StringComparison.Ordinal);
        }

        return double.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) ? number : null;
    }

    /// <summary>
    /// A day as people type it: 30/06/2025, 30.06.2025, 30-6-2025 or 30062025; the ISO form (2025-06-30) too, as links
    /// carry it. Null when it is none of these or no such day exists.
    /// </summary>
    public static DateOnly? ParseDate(string? text)
    {
        var value = text?.Trim() ?? "";
        if (ParseIso(value) is { } iso)
        {
            return iso;
        }

        string[] formats = ["d/M/yyyy", "d.M.yyyy", "d-M-yyyy", "ddMMyyyy"];
        return DateOnly.TryParseExact(value, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
    }

    /// <summary>What a date field shows: a known day as dd/MM/yyyy, anything else as it was typed.</summary>
    public static string DateField(string? text) => ParseDate(text) is { } day ? Date(day) : text ?? "";

    public static DateOnly? ParseIso(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
