namespace Modular.Web.Api;

/// <summary>
/// Checks and imports a sheet as the page's user, through the same import path as <c>POST /files/…</c>; the host
/// implements it over its file services (the web app references no product assembly).
/// </summary>
public interface IFileImports
{
    /// <summary>The largest file taken, in bytes.</summary>
    long MaxFileBytes { get; }

    /// <summary>Checks (<paramref name="dryRun"/>) or imports a file of a kind: <c>economy/households</c>, or <see cref="ReportedValues"/>.</summary>
    Task<FileCheck> ImportAsync(string kind, string fileName, byte[] content, bool dryRun, bool skipRefused, CancellationToken cancellationToken);

    public const string ReportedValues = "reported-values";
}

/// <summary>What became of a file: the counts and each refused row, or why the whole file was refused (<see cref="Refusal"/>).</summary>
public sealed record FileCheck(
    string? Refusal,
    bool DryRun,
    bool Written,
    int Rows,
    int Created,
    int Updated,
    int Unchanged,
    int Refused,
    string Message,
    IReadOnlyList<FileCheckRow> Errors,
    IReadOnlyList<string> IgnoredColumns)
{
    public static FileCheck Refusing(string message) => new(message, true, false, 0, 0, 0, 0, 0, message, [], []);
}

/// <summary>A refused row: its number in the file, the column and value at fault, and why.</summary>
public sealed record FileCheckRow(int Row, string? Column, string? Value, string Message);
