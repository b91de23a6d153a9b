using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Modular.Shared.Units;

/// <summary>One row of a merge map: (part of) an old unit goes into a new one.</summary>
public sealed record MergeMapRow(string NewCode, string NewName, string OldCode, LineageShare Share, string? OldName = null);

/// <summary>
/// A reorganisation as data: its name, the first day of the new units, and its rows. Read from the CSV shape of
/// <c>khanh-hoa-2025-merge-map.csv</c> (headings matched by name: new_code, new_name, old_code, old_name, coverage).
/// </summary>
public sealed record MergeMap(string Name, DateOnly EffectiveFrom, IReadOnlyList<MergeMapRow> Rows)
{
    private static readonly string[] Required = ["new_code", "new_name", "old_code", "coverage"];

    /// <summary>SHA-256 of the rows in a canonical order: the same map, however it is sent, has the same digest.</summary>
    public string Digest()
    {
        var canonical = string.Join('\n', Rows
            .Select(r => $"{r.NewCode.Trim()}|{r.OldCode.Trim()}|{r.Share}")
            .Order(StringComparer.Ordinal)
            .Prepend(EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>Reads the rows of a merge map CSV (UTF-8, a heading row, comma-separated, no quoted commas in the official file).</summary>
    public static IReadOnlyList<MergeMapRow> ParseCsv(string csv)
    {
        var lines = csv.Replace("\r", string.Empty, StringComparison.Ordinal).TrimStart('\uFEFF')
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length == 0)
        {
            throw new DomainException(ErrorCodes.Validation, "Tệp bản đồ sắp xếp trống.", "csv");
        }

        var headings = lines[0].Split(',').Select(h => h.Trim()).ToList();
        var missing = Required.Where(h => !headings.Contains(h)).ToList();
        if (missing.Count > 0)
        {
            throw new DomainException(ErrorCodes.Validation, $"Tệp bản đồ sắp xếp thiếu cột: {string.Join(", ", missing)}.", "csv");
        }

        int Column(string name) => headings.IndexOf(name);
        var rows = new List<MergeMapRow>();
        for (var i = 1; i < lines.Length; i++)
        {
            var cells = lines[i].Split(',');
            string Cell(string name) => Column(name) is >= 0 and var c && c < cells.Length ? cells[c].Trim().Normalize(NormalizationForm.FormC) : string.Empty;
            var share = Cell("coverage") switch
            {
                "full" => LineageShare.Whole,
                "partial" => LineageShare.Partial,
                var other => throw new DomainException(
                    ErrorCodes.Validation, $"Dòng {i + 1}: cột coverage phải là full hoặc partial, không phải \"{other}\".", "csv"),
            };
            rows.Add(new MergeMapRow(Cell("new_code"), Cell("new_name"), Cell("old_code"), share, Cell("old_name") is { Length: > 0 } old ? old : null));
        }

        return rows;
    }
}
