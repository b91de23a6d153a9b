using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Modular.Shared.Indicators;
using Modular.Testing;

namespace Modular.Host.Tests;

/// <summary>
/// The product with one reported indicator of the organisation module, so the core's <c>reportValue</c> can be
/// exercised whatever indicators the modules declare.
/// </summary>
public sealed class AccessTestProduct(IDictionary<string, string?>? settings = null)
    : ProductFactory(settings, services => services.AddSingleton<IIndicatorProvider, SampleIndicators>())
{
    public const string Indicator = "organisation.access-sample-count";

    public const string Plan = "223/KH-BTV";

    /// <summary>A client sending the given raw Authorization header value (or none).</summary>
    public GraphQLClient ClientWithToken(string? token)
    {
        var client = CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return new GraphQLClient(client);
    }

    /// <summary>The reportValue mutation for the sample indicator over the first quarter of 2025.</summary>
    public static string ReportValue(string unitCode, double value) =>
        $$"""mutation { reportValue(input: { indicator: "{{Indicator}}", unitCode: "{{unitCode}}", periodStart: "2025-01-01", periodEnd: "2025-03-31", value: {{value}} }) { id value } }""";

    /// <summary>The sample indicator's values at a unit, read as the province admin (newest first).</summary>
    public async Task<JsonArray> ReportedValuesAsync(string unitCode)
    {
        var data = await ClientFor("56", Modular.Shared.Access.Role.Admin).DataAsync(
            "query($u: String!) { reportedValues(unitCode: $u) { value supersededAt recordedBy } }", new { u = unitCode });
        return data["reportedValues"]!.AsArray();
    }

    /// <summary>How many writes the audit trail holds, over the whole tree: every write appends entries, so an unchanged count means nothing was written.</summary>
    public async Task<double> WritesAsync()
    {
        var data = await ClientFor("56", Modular.Shared.Access.Role.Admin).DataAsync("{ auditTrail(take: 1) { totalCount } }");
        return data["auditTrail"]!["totalCount"].Number();
    }

    /// <summary>
    /// The role check refused the document before execution: one FORBIDDEN error without a path (execution errors
    /// carry the path of their field), no data at all, and HTTP 403.
    /// </summary>
    public static void AssertRefusedBeforeExecution(GraphQLResponse response)
    {
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.Status);
        Assert.Equal("FORBIDDEN", Assert.Single(response.Errors).Code);
        Assert.Null(response.Body["errors"]![0]!["path"]);
        Assert.Null(response.Data);
    }

    private sealed class SampleIndicators : IIndicatorProvider
    {
        public string ModuleKey => "organisation";

        public IReadOnlyList<IndicatorDefinition> Indicators { get; } =
            [new(Indicator, "Số liệu mẫu", IndicatorSource.Reported, IndicatorAggregation.Stock)];

        public Task<IReadOnlyList<IndicatorValue>> GetValuesAsync(IndicatorQuery query, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<IndicatorValue>>([]);
    }
}
