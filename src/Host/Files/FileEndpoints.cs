using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Modular.Host.Auth;
using Modular.Shared;
using Modular.Shared.Access;
using Modular.Shared.Audit;
using Modular.Shared.Transfer;
using Modular.Web;

namespace Modular.Host.Files;

/// <summary>
/// Files in and out under <c>/files</c>, with the sign-in of <c>/graphql</c> (a bearer token, or the web app's cookie,
/// whose posts must carry the antiforgery token) and the roles of the API: templates and exports are <c>GET</c>s,
/// imports <c>POST</c>s of a multipart form with the file in its <c>file</c> field. Every refusal is a 4xx with a JSON
/// error (<c>errors[0].extensions.code</c>) and a Vietnamese message; an import answers its summary.
/// </summary>
internal static class FileEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static WebApplication MapFiles(this WebApplication app)
    {
        var files = app.MapGroup("/files").WithMetadata(new WebSession.CookieMarker()).DisableAntiforgery();
        files.MapGet("/progress", (HttpContext http, ReportFiles reports) => RunAsync(http, Role.Viewer, async token =>
        {
            var plan = http.Request.Query["planCode"].FirstOrDefault() ?? "223/KH-BTV";
            var unit = Required(http, "unitCode");
            return await DownloadAsync($"tien-do-{unit}.xlsx", SheetWriter.XlsxType, (stream, t) =>
                reports.WriteProgressAsync(plan, unit, Text(http, "moduleKey"), Day(http, "asOf"), stream, t), token);
        }));
        files.MapGet("/audit", (HttpContext http, ReportFiles reports) => RunAsync(http, Role.Manager, async token =>
        {
            var query = new AuditTrailQuery(
                Text(http, "unitCode"), Text(http, "moduleKey"), Text(http, "user"), Day(http, "from"), Day(http, "to"), Day(http, "recordFrom"), Day(http, "recordTo"));
            return await DownloadAsync("nhat-ky.xlsx", SheetWriter.XlsxType, (stream, t) => reports.WriteAuditAsync(query, stream, t), token);
        }));
        files.MapGet("/reported-values/template", (HttpContext http, ReportFiles reports) => RunAsync(http, Role.Viewer, async token =>
        {
            var indicator = Required(http, "indicator");
            var start = Day(http, "periodStart") ?? throw Missing("periodStart");
            var end = Day(http, "periodEnd") ?? throw Missing("periodEnd");
            return await DownloadAsync($"mau-so-lieu-{indicator}.xlsx", SheetWriter.XlsxType, (stream, t) =>
                reports.WriteValueTemplateAsync(indicator, Text(http, "unitCode"), start, end, Text(http, "level"), stream, t), token);
        }));
        files.MapPost("/reported-values", (HttpContext http, ReportFiles reports, RecordFiles records) => RunAsync(http, Role.Reporter, async token =>
        {
            var (name, content) = await UploadAsync(http, records.Limits, token);
            return Summary(await reports.ImportValuesAsync(name, content, Options(http), token));
        }));
        files.MapGet("/{module}/{kind}/template", (string module, string kind, HttpContext http, RecordFileCatalog catalog, RecordFiles records) => RunAsync(http, Role.Viewer, async token =>
        {
            var found = catalog.Require(module, kind);
            return await DownloadAsync($"mau-{module}-{kind}.xlsx", SheetWriter.XlsxType, (stream, t) => records.WriteTemplateAsync(found, stream, t), token);
        }));
        files.MapGet("/{module}/{kind}", (string module, string kind, HttpContext http, RecordFileCatalog catalog, RecordFiles records) => RunAsync(http, Role.Viewer, async token =>
        {
            var found = catalog.Require(module, kind);
            var csv = Text(http, "format") switch
            {
                null or "xlsx" => false,
                "csv" => true,
                _ => throw new DomainException(ErrorCodes.Validation, "format là xlsx hoặc csv.", "format"),
            };
            var filter = new RecordFilter(Text(http, "unitCode"), Day(http, "from"), Day(http, "to"), Text(http, "search"));
            return await DownloadAsync($"{module}-{kind}.{(csv ? "csv" : "xlsx")}", csv ? SheetWriter.CsvType : SheetWriter.XlsxType, (stream, t) =>
                records.ExportAsync(found, filter, csv, stream, t), token);
        }));
        files.MapPost("/{module}/{kind}", (string module, string kind, HttpContext http, RecordFileCatalog catalog, RecordFiles records) => RunAsync(http, Role.Reporter, async token =>
        {
            var found = catalog.Require(module, kind);
            var (name, content) = await UploadAsync(http, records.Limits, token);
            return Summary(await records.ImportAsync(found, name, content, Options(http), token));
        }));
        return app;
    }

    private static async Task<IResult> RunAsync(HttpContext http, Role minimum, Func<CancellationToken, Task<IResult>> run)
    {
        var caller = ProductClaims.ToCaller(http.User);
        if (caller is null)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return Error(StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, "Cần đăng nhập (gửi mã truy cập trong tiêu đề Authorization: Bearer …).");
        }

        if (caller.Role < minimum)
        {
            return Error(StatusCodes.Status403Forbidden, ErrorCodes.Forbidden, "Tài khoản không có quyền thực hiện thao tác này.");
        }

        try
        {
            if (HttpMethods.IsPost(http.Request.Method) && WebSession.SignedInByCookie(http))
            {
                await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http);
            }

            return await run(http.RequestAborted);
        }
        catch (DomainException refusal)
        {
            return Error(StatusOf(refusal.Code), refusal.Code, refusal.Message, refusal.Field);
        }
        catch (AntiforgeryValidationException)
        {
            return Error(StatusCodes.Status400BadRequest, "ANTIFORGERY", "Biểu mẫu đã hết hạn: hãy tải lại trang rồi gửi lại.");
        }
        catch (BadHttpRequestException bad) when (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Error(StatusCodes.Status413PayloadTooLarge, FileErrorCodes.TooLarge, "Tệp quá lớn: hãy chia thành nhiều tệp nhỏ hơn.", "file");
        }
        catch (Exception bad) when (bad is BadHttpRequestException or InvalidDataException or IOException && !http.RequestAborted.IsCancellationRequested)
        {
            return Error(StatusCodes.Status400BadRequest, "BAD_REQUEST", "Không đọc được yêu cầu: hãy gửi tệp bằng biểu mẫu multipart/form-data, trường \"file\".", "file");
        }
    }

    private static int StatusOf(string code) => code switch
    {
        ErrorCodes.NotFound => StatusCodes.Status404NotFound,
        ErrorCodes.Forbidden or ErrorCodes.ModuleOff => StatusCodes.Status403Forbidden,
        ErrorCodes.Conflict => StatusCodes.Status409Conflict,
        FileErrorCodes.TooLarge => StatusCodes.Status413PayloadTooLarge,
        FileErrorCodes.Unsupported or FileErrorCodes.Encoding => StatusCodes.Status415UnsupportedMediaType,
        FileErrorCodes.Corrupt or FileErrorCodes.Macro or FileErrorCodes.Formula or FileErrorCodes.MissingColumn or FileErrorCodes.TooManyRows => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status400BadRequest,
    };

    private static IResult Error(int status, string code, string message, string? field = null) =>
        Results.Json(new { errors = new[] { new { message, extensions = new { code, field } } } }, Json, statusCode: status);

    /// <summary>A summary answers 200, or 422 when rows were refused and so nothing was written.</summary>
    private static IResult Summary(FileImportSummary summary) =>
        Results.Json(summary, Json, statusCode: summary.DryRun || summary.Written ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity);

    /// <summary>Writes the file to a temporary file first (the writer is synchronous), then streams it and deletes it.</summary>
    private static async Task<IResult> DownloadAsync(string name, string type, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        var path = Path.GetTempFileName();
        try
        {
            await using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 81920))
            {
                await write(file, cancellationToken);
            }

            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Delete, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
            return Results.File(stream, type, name);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    private static async Task<(string Name, byte[] Content)> UploadAsync(HttpContext http, SheetLimits limits, CancellationToken cancellationToken)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limits.MaxFileBytes + (1024 * 1024);
        }

        if (!http.Request.HasFormContentType)
        {
            throw new DomainException(ErrorCodes.Validation, "Hãy gửi tệp bằng biểu mẫu multipart/form-data, trong trường \"file\".", "file");
        }

        var form = await http.Request.ReadFormAsync(cancellationToken);
        var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault()
            ?? throw new DomainException(ErrorCodes.Validation, "Chưa chọn tệp: gửi tệp trong trường \"file\".", "file");
        if (file.Length > limits.MaxFileBytes)
        {
            throw SheetFile.TooLarge(limits);
        }

        await using var stream = file.OpenReadStream();
        return (file.FileName, await SheetFile.ReadBoundedAsync(stream, limits, cancellationToken));
    }

    private static FileImportOptions Options(HttpContext http) => new(Flag(http, "dryRun"), Flag(http, "skipRefused"));

    private static bool Flag(HttpContext http, string name) => Text(http, name) switch
    {
        null or "false" or "0" => false,
        "true" or "1" or "" => true,
        _ => throw new DomainException(ErrorCodes.Validation, $"{name} là true hoặc false.", name),
    };

    private static string? Text(HttpContext http, string name) => VietnameseText.Clean(http.Request.Query[name].FirstOrDefault());

    private static string Required(HttpContext http, string name) => Text(http, name) ?? throw Missing(name);

    private static DomainException Missing(string name) => new(ErrorCodes.Validation, $"Thiếu tham số {name}.", name);

    private static DateOnly? Day(HttpContext http, string name) => Text(http, name) is not { } text ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day >= new DateOnly(1900, 1, 1) && day <= new DateOnly(2999, 12, 31)
            ? day
            : throw new DomainException(ErrorCodes.Validation, $"{name}: \"{text}\" không phải ngày dạng yyyy-MM-dd.", name);
}
