using Microsoft.Extensions.Options;
using Modular.Host.Auth;
using Modular.Shared;
using Modular.Shared.Access;
using Modular.Shared.Transfer;
using Modular.Web.Api;

namespace Modular.Host.Files;

/// <summary>The web app's upload page's imports: the file services of <c>POST /files/…</c>, as the page's user, each in a scope of its own as a request would be.</summary>
internal sealed class WebFileImports(IServiceScopeFactory scopes, IHttpContextAccessor http, IOptions<SheetLimits> limits) : IFileImports
{
    public long MaxFileBytes => limits.Value.MaxFileBytes;

    public async Task<FileCheck> ImportAsync(string kind, string fileName, byte[] content, bool dryRun, bool skipRefused, CancellationToken cancellationToken)
    {
        if (ProductClaims.ToCaller(http.HttpContext?.User ?? new()) is not { Role: >= Role.Reporter })
        {
            return FileCheck.Refusing("Tài khoản không có quyền nhập tệp.");
        }

        await using var scope = scopes.CreateAsyncScope();
        var options = new FileImportOptions(dryRun, skipRefused);
        try
        {
            FileImportSummary summary;
            if (kind == IFileImports.ReportedValues)
            {
                summary = await scope.ServiceProvider.GetRequiredService<ReportFiles>().ImportValuesAsync(fileName, content, options, cancellationToken);
            }
            else
            {
                var parts = kind.Split('/', 2);
                var found = scope.ServiceProvider.GetRequiredService<RecordFileCatalog>().Require(parts[0], parts.ElementAtOrDefault(1) ?? "");
                summary = await scope.ServiceProvider.GetRequiredService<RecordFiles>().ImportAsync(found, fileName, content, options, cancellationToken);
            }

            return new FileCheck(
                null, summary.DryRun, summary.Written, summary.Rows, summary.Created, summary.Updated, summary.Unchanged, summary.Refused, summary.Message,
                [.. summary.Errors.Select(e => new FileCheckRow(e.Row, e.Column, e.Value, e.Message))], summary.IgnoredColumns);
        }
        catch (DomainException refusal)
        {
            return FileCheck.Refusing(refusal.Message);
        }
    }
}
