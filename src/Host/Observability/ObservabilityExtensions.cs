using GraphQL;
using GraphQL.DI;
using GraphQL.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Modular.Host.Observability;

/// <summary>Health checks, the request log and, when an exporter is configured, OpenTelemetry traces and metrics.</summary>
internal static class ObservabilityExtensions
{
    public const string ServiceName = "modular-host";

    public static IServiceCollection AddObservability(this IServiceCollection services, IConfiguration configuration)
    {
        var options = ObservabilityOptions.FromConfiguration(configuration);
        services.AddSingleton(options);
        services.AddStoreHealthChecks();
        if (!options.Enabled)
        {
            return services;
        }

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName))
            .WithTracing(t => t
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation()
                .AddSource(GraphQLTelemetryProvider.SourceName))
            .WithMetrics(m =>
            {
                m.AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddMeter(GraphQLOperationMetrics.MeterName, "System.Runtime");
                if (options.PrometheusPath is not null)
                {
                    m.AddPrometheusExporter();
                }
            });
        if (options.OtlpEndpoint is not null)
        {
            telemetry.UseOtlpExporter(options.OtlpProtocol, options.OtlpEndpoint);
        }

        return services;
    }

    /// <summary>Operation metrics always (they cost nothing without a listener); a span per operation, without the document, which may hold people's data.</summary>
    public static IGraphQLBuilder AddOperationTelemetry(this IGraphQLBuilder builder) => builder
        .ConfigureExecution<GraphQLOperationMetrics>()
        .UseTelemetry(o => o.RecordDocument = false);

    public static void MapObservability(this WebApplication app)
    {
        app.MapHealthEndpoints();
        if (app.Services.GetRequiredService<ObservabilityOptions>().PrometheusPath is { } path)
        {
            app.MapPrometheusScrapingEndpoint(path);
        }
    }
}
