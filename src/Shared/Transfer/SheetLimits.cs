namespace Modular.Shared.Transfer;

/// <summary>What a file may hold before it is read (configuration section <c>Files</c>).</summary>
public sealed class SheetLimits
{
    public const string Section = "Files";

    /// <summary>The largest file accepted, in bytes.</summary>
    public long MaxFileBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>The most data rows (below the headings) one file may hold.</summary>
    public int MaxRows { get; set; } = 100_000;

    /// <summary>What the parts of an .xlsx (a zip) may add up to once unpacked, in bytes.</summary>
    public long MaxUnpackedBytes { get; set; } = 400L * 1024 * 1024;

    /// <summary>The most parts an .xlsx may have.</summary>
    public int MaxParts { get; set; } = 1_000;

    /// <summary>How many times larger than packed a part may be once unpacked, beyond its first megabyte.</summary>
    public int MaxUnpackRatio { get; set; } = 200;

    /// <summary>The most rows an export of the audit trail holds (the newest).</summary>
    public int MaxAuditRows { get; set; } = 100_000;
}

/// <summary>Error codes of files refused before any row is read.</summary>
public static class FileErrorCodes
{
    public const string TooLarge = "FILE_TOO_LARGE";
    public const string TooManyRows = "TOO_MANY_ROWS";
    public const string Unsupported = "FILE_NOT_SUPPORTED";
    public const string Corrupt = "FILE_CORRUPT";
    public const string Macro = "MACRO_NOT_ALLOWED";
    public const string Formula = "FORMULA_NOT_ALLOWED";
    public const string Encoding = "NOT_UTF8";
    public const string MissingColumn = "MISSING_COLUMN";
}
