using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Reliability.Tests;

/// <summary>
/// The reliability suite runs its tests one after another (they start hosts as processes and load both cores) and
/// shares one PostgreSQL for those that need it.
/// </summary>
[CollectionDefinition(Reliability.Collection)]
public sealed class ReliabilityCollection : ICollectionFixture<PostgresFixture>;

/// <summary>What the reliability tests share: hosts on loopback, a data folder each, and the writes they count.</summary>
internal static class Reliability
{
    public const string Collection = "Reliability";

    /// <summary>Sixteen base unions of Nha Trang, one per writer.</summary>
    public static readonly string[] BaseUnions =
        ["22327", "22330", "22333", "22336", "22339", "22348", "22351", "22357", "22363", "22366", "22372", "22375", "22378", "22381", "22384", "22387"];

    /// <summary>A host on SQLite in its own data folder; rate limits out of the way, since these tests write in bulk on purpose.</summary>
    public static Dictionary<string, string> Sqlite(string dataDirectory) => With(new()
    {
        ["Storage:Provider"] = "Sqlite",
        ["Storage:Sqlite:Directory"] = dataDirectory,
    });

    public static Dictionary<string, string> Postgres(string connectionString) => With(new()
    {
        ["Storage:Provider"] = "Postgres",
        ["Storage:Postgres:ConnectionString"] = connectionString,
    });

    public static string NewDataDirectory() => Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "modular-reliability", Guid.NewGuid().ToString("N"))).FullName;

    public static HttpClient Client(HostProcess host, string? token, TimeSpan? timeout = null)
    {
        var client = new HttpClient { BaseAddress = host.BaseAddress, Timeout = timeout ?? TimeSpan.FromSeconds(30) };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public static HttpClient Reporter(HostProcess host, string unitCode) => Client(host, Tokens.For(unitCode, Role.Reporter, $"reporter-{unitCode}"));

    public static HttpClient Admin(HostProcess host) => Client(host, Tokens.For("56", Role.Admin));

    /// <summary>
    /// Records a household that left poverty in 2025 (it counts once in target 2.2a); true when the host
    /// acknowledged it (an id came back), false when it answered with an error.
    /// </summary>
    public static async Task<bool> RecordHouseholdAsync(HttpClient client, string unitCode, string headName, CancellationToken cancellationToken = default)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new
        {
            query = "mutation($input: EconomyHouseholdInput!) { economy { createHousehold(input: $input) { id } } }",
            variables = new
            {
                input = new
                {
                    unitCode,
                    headName,
                    village = "Tổ 1",
                    statusAtStart = "POOR",
                    supportStartedOn = "2025-01-10",
                    support = "LOAN",
                    supportDetails = (string?)null,
                    exitedPovertyOn = "2025-06-30",
                },
            },
        }, cancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!;
        return body["errors"] is null && body["data"]?["economy"]?["createHousehold"]?["id"] is not null;
    }

    /// <summary>Households out of poverty in 2025 over the province: target 2.2a's actual figure.</summary>
    public static async Task<double> HouseholdsOutOfPovertyAsync(HttpClient admin)
    {
        var data = await DataAsync(admin, """{ plan(code: "223/KH-BTV") { progress(unitCode: "56", moduleKey: "economy", asOf: "2025-12-31") { target { code } actual } } }""");
        return data["plan"]!["progress"]!.AsArray().Single(p => p!["target"]!["code"]!.GetValue<string>() == "2.2a")!["actual"]!.GetValue<double>();
    }

    /// <summary>The heads of every household recorded in the province, read page by page.</summary>
    public static async Task<List<string>> HouseholdHeadsAsync(HttpClient admin)
    {
        var heads = new List<string>();
        for (var skip = 0; ; skip += 200)
        {
            var data = await DataAsync(admin, $$"""{ economy { households(unitCode: "56", skip: {{skip}}, take: 200) { totalCount items { headName } } } }""");
            var page = data["economy"]!["households"]!;
            heads.AddRange(page["items"]!.AsArray().Select(i => i!["headName"]!.GetValue<string>()));
            if (heads.Count >= page["totalCount"]!.GetValue<int>())
            {
                return heads;
            }
        }
    }

    /// <summary>How many writes the economy store's audit trail holds over the province.</summary>
    public static async Task<int> EconomyAuditEntriesAsync(HttpClient admin)
    {
        var data = await DataAsync(admin, """{ auditTrail(unitCode: "56", moduleKey: "economy", take: 1) { totalCount } }""");
        return data["auditTrail"]!["totalCount"]!.GetValue<int>();
    }

    public static async Task<JsonNode> DataAsync(HttpClient client, string query)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query });
        var text = await response.Content.ReadAsStringAsync();
        var body = JsonNode.Parse(text)!;
        Assert.True(body["errors"] is null, text);
        return body["data"]!;
    }

    private static Dictionary<string, string> With(Dictionary<string, string> settings)
    {
        foreach (var (key, value) in Tokens.Settings)
        {
            settings[key] = value;
        }

        // The plan's own tree of 2025, as in the other test projects: these tests write at its base unions today.
        settings["Seed:Reorganisation2025"] = "None";
        settings["RateLimits:WritesPerMinute"] = "1000000";
        settings["RateLimits:AnonymousRequestsPerMinute"] = "1000000";
        settings["RateLimits:FailedSignInsPerMinute"] = "1000000";
        return settings;
    }
}
