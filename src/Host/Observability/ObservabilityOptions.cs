using OpenTelemetry.Exporter;

namespace Modular.Host.Observability;

/// <summary>
/// Where telemetry goes, from the <c>Observability</c> section: an OTLP collector (<c>Observability:Otlp:Endpoint</c>, or
/// the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> variable) and a Prometheus scrape endpoint
/// (<c>Observability:Prometheus</c>). Traces and metrics are collected only when one of them is configured.
/// </summary>
internal sealed record ObservabilityOptions(Uri? OtlpEndpoint, OtlpExportProtocol OtlpProtocol, string? PrometheusPath)
{
    public bool Enabled => OtlpEndpoint is not null || PrometheusPath is not null;

    public static ObservabilityOptions FromConfiguration(IConfiguration configuration)
    {
        var section = configuration.GetSection("Observability");
        var endpoint = section["Otlp:Endpoint"] is { Length: > 0 } configured ? configured : configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        var protocolText = section["Otlp:Protocol"] is { Length: > 0 } p ? p : configuration["OTEL_EXPORTER_OTLP_PROTOCOL"];
        var protocol = protocolText switch
        {
            null or "" or "grpc" => OtlpExportProtocol.Grpc,
            "http/protobuf" => OtlpExportProtocol.HttpProtobuf,
            _ => throw new InvalidOperationException($"Observability:Otlp:Protocol is '{protocolText}'; use 'grpc' or 'http/protobuf'."),
        };
        Uri? uri = null;
        if (!string.IsNullOrWhiteSpace(endpoint) && !Uri.TryCreate(endpoint, UriKind.Absolute, out uri))
        {
            throw new InvalidOperationException($"Observability:Otlp:Endpoint '{endpoint}' is not an absolute URL such as http://collector:4317.");
        }

        var prometheus = section.GetValue("Prometheus", false) ? section["PrometheusPath"] is { Length: > 0 } path ? path : "/metrics" : null;
        return new ObservabilityOptions(uri, protocol, prometheus);
    }
}
