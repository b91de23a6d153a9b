using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Modular.Shared.Storage;

namespace Modular.Host.Observability;

/// <summary>
/// ASP.NET Core health checks for orchestrators: <c>/health/live</c> answers 200 while the process serves requests;
/// <c>/health/ready</c> answers 200 when every store answers and has applied every migration, 503 otherwise.
/// </summary>
internal static class HealthEndpoints
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddStoreHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<StoresReadyCheck>("stores", tags: [ReadyTag]);
        return services;
    }

    public static void MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync });
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var stores = report.Entries.SelectMany(e => e.Value.Data).ToDictionary(d => d.Key, d => d.Value);
        var body = new { status = report.Status == HealthStatus.Healthy ? "ok" : "unavailable", stores };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted);
    }

    /// <summary>Each store: "ok", "unreachable", or the migrations it has not applied yet.</summary>
    private sealed class StoresReadyCheck(IEnumerable<IModuleStore> stores) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var states = new Dictionary<string, object>(StringComparer.Ordinal);
            foreach (var store in stores.OrderBy(s => s.Order).ThenBy(s => s.Key, StringComparer.Ordinal))
            {
                states[store.Key] = await StateAsync(store, cancellationToken);
            }

            return states.Values.All(s => (string)s == "ok")
                ? HealthCheckResult.Healthy(data: states)
                : HealthCheckResult.Unhealthy("A store is unreachable or not migrated.", data: states);
        }

        private static async Task<string> StateAsync(IModuleStore store, CancellationToken cancellationToken)
        {
            try
            {
                if (!await store.CanConnectAsync(cancellationToken))
                {
                    return "unreachable";
                }

                var pending = await store.PendingMigrationsAsync(cancellationToken);
                return pending.Count == 0 ? "ok" : $"pending migrations: {string.Join(", ", pending)}";
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return "unreachable";
            }
        }
    }
}
