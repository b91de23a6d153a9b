using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Modular.Shared;
using Modular.Shared.Audit;
using Modular.Shared.Storage;
using Modular.Shared.Transfer;

namespace Modular.Host.Files;

/// <summary>
/// <c>import</c> and <c>export</c>: the files of <c>/files</c> from the command line, as the system account (the
/// operator of the server, with every unit's rights), with the same checks, summary and audit entry as an upload.
/// </summary>
internal static class FileCommands
{
    public const string ImportUsage = "Usage: import (--kind MODULE/LIST | --reported-values) --file PATH [--dry-run] [--skip-refused]";

    public const string ExportUsage =
        "Usage: export --out PATH (--kind MODULE/LIST [--unit CODE] [--from yyyy-MM-dd] [--to yyyy-MM-dd] [--search WORDS] [--format xlsx|csv]"
        + " | --template MODULE/LIST | --progress --unit CODE [--module KEY] [--as-of yyyy-MM-dd] [--plan CODE] | --audit [--unit CODE] [--module KEY])";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };

    public static async Task<int> ImportAsync(IServiceProvider services, string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        var options = CommandOptions.Parse(args);
        if (!options.TryGetValue("file", out var path) || (!options.ContainsKey("kind") && !options.ContainsKey("reported-values")))
        {
            await Console.Error.WriteLineAsync(ImportUsage);
            return 2;
        }

        await services.InitializeStoresAsync(cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        try
        {
            var records = provider.GetRequiredService<RecordFiles>();
            if (!File.Exists(path))
            {
                throw new DomainException(ErrorCodes.NotFound, $"Không có tệp {path}.", "file");
            }

            await using var file = File.OpenRead(path);
            var content = await SheetFile.ReadBoundedAsync(file, records.Limits, cancellationToken);
            var import = new FileImportOptions(options.ContainsKey("dry-run"), options.ContainsKey("skip-refused"));
            var summary = options.TryGetValue("kind", out var kind)
                ? await records.ImportAsync(Kind(provider, kind), Path.GetFileName(path), content, import, cancellationToken)
                : await provider.GetRequiredService<ReportFiles>().ImportValuesAsync(Path.GetFileName(path), content, import, cancellationToken);
            await output.WriteLineAsync(JsonSerializer.Serialize(summary, Json));
            await output.WriteLineAsync(summary.Message);
            return summary.DryRun || summary.Written ? 0 : 1;
        }
        catch (DomainException refusal)
        {
            await Console.Error.WriteLineAsync(refusal.Message);
            return 1;
        }
    }

    public static async Task<int> ExportAsync(IServiceProvider services, string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        var options = CommandOptions.Parse(args);
        if (!options.TryGetValue("out", out var path) || !new[] { "kind", "template", "progress", "audit" }.Any(options.ContainsKey))
        {
            await Console.Error.WriteLineAsync(ExportUsage);
            return 2;
        }

        await services.InitializeStoresAsync(cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var reports = provider.GetRequiredService<ReportFiles>();
        var records = provider.GetRequiredService<RecordFiles>();
        var written = path + ".partial";
        try
        {
            await using (var file = File.Create(written))
            {
                if (options.TryGetValue("template", out var template))
                {
                    await records.WriteTemplateAsync(Kind(provider, template), file, cancellationToken);
                }
                else if (options.TryGetValue("kind", out var kind))
                {
                    var filter = new RecordFilter(options.GetValueOrDefault("unit"), Day(options, "from"), Day(options, "to"), options.GetValueOrDefault("search"));
                    await records.ExportAsync(Kind(provider, kind), filter, options.GetValueOrDefault("format") == "csv", file, cancellationToken);
                }
                else if (options.ContainsKey("progress"))
                {
                    var unit = options.GetValueOrDefault("unit") ?? throw new DomainException(ErrorCodes.Validation, "Cần --unit.", "unit");
                    await reports.WriteProgressAsync(options.GetValueOrDefault("plan", "223/KH-BTV"), unit, options.GetValueOrDefault("module"), Day(options, "as-of"), file, cancellationToken);
                }
                else
                {
                    await reports.WriteAuditAsync(new AuditTrailQuery(options.GetValueOrDefault("unit"), options.GetValueOrDefault("module"), null, Day(options, "from"), Day(options, "to")), file, cancellationToken);
                }
            }

            File.Move(written, path, overwrite: true);
            await output.WriteLineAsync($"Đã ghi {path}.");
            return 0;
        }
        catch (DomainException refusal)
        {
            File.Delete(written);
            await Console.Error.WriteLineAsync(refusal.Message);
            return 1;
        }
    }

    private static RecordFileKind Kind(IServiceProvider provider, string kind)
    {
        var parts = kind.Split('/', 2);
        return provider.GetRequiredService<RecordFileCatalog>().Require(parts[0], parts.ElementAtOrDefault(1) ?? "");
    }

    private static DateOnly? Day(Dictionary<string, string> options, string name) =>
        options.TryGetValue(name, out var text)
            ? DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? day
                : throw new DomainException(ErrorCodes.Validation, $"--{name}: \"{text}\" không phải ngày dạng yyyy-MM-dd.", name)
            : null;
}
