using System.Text.Json.Nodes;
using Modular.Testing;

namespace Modular.Modules.Economy.Tests;

/// <summary>The module's GraphQL documents and record inputs, written once for all tests.</summary>
internal static class EconomyApi
{
    public const string Plan = "223/KH-BTV";

    /// <summary>The list fields, one per kind of record.</summary>
    public static readonly string[] Lists = ["households", "entrepreneurs", "cooperatives", "startups", "loans"];

    public static object Household(string unitCode, string headName, string village, string started, string? exited = null, string status = "POOR", string support = "LOAN") =>
        new { unitCode, headName, village, statusAtStart = status, supportStartedOn = started, support, supportDetails = (string?)null, exitedPovertyOn = exited };

    public static object Entrepreneur(string unitCode, string fullName, int birthYear, string supportedOn, string support = "TRAINING", string businessKind = "HOUSEHOLD_BUSINESS") =>
        new { unitCode, fullName, birthYear, businessKind, support, supportedOn };

    public static object Cooperative(string unitCode, string name, string foundedOn, int members, int womenInManagement, string kind = "COOPERATIVE") =>
        new { unitCode, name, kind, foundedOn, members, womenInManagement };

    public static object Startup(string unitCode, string name, string ownerName, string supportedOn) =>
        new { unitCode, name, ownerName, supportedOn };

    public static object Loan(string unitCode, string borrowerName, long amount, string loanedOn, string source = "SOCIAL_POLICY_BANK") =>
        new { unitCode, source, borrowerName, amount, loanedOn };

    /// <summary>Creates a record (record = Household, Entrepreneur, ...) and returns its id.</summary>
    public static async Task<string> CreateAsync(this GraphQLClient client, string record, object input)
    {
        var data = await client.DataAsync(
            $"mutation($input: Economy{record}Input!) {{ economy {{ create{record}(input: $input) {{ id }} }} }}", new { input });
        return data["economy"]![$"create{record}"]!["id"]!.ToString();
    }

    /// <summary>Tries to create a record and returns the response, for refusals.</summary>
    public static Task<GraphQLResponse> TryCreateAsync(this GraphQLClient client, string record, object input) =>
        client.SendAsync($"mutation($input: Economy{record}Input!) {{ economy {{ create{record}(input: $input) {{ id }} }} }}", new { input });

    public static Task<GraphQLResponse> TryUpdateAsync(this GraphQLClient client, string record, string id, object input) =>
        client.SendAsync($"mutation($id: ID!, $input: Economy{record}Input!) {{ economy {{ update{record}(id: $id, input: $input) {{ id }} }} }}", new { id, input });

    public static Task<GraphQLResponse> TryDeleteAsync(this GraphQLClient client, string record, string id) =>
        client.SendAsync($"mutation($id: ID!) {{ economy {{ delete{record}(id: $id) }} }}", new { id });

    /// <summary>How many records each list holds over a unit's subtree, e.g. { households: 3, ... }.</summary>
    public static async Task<Dictionary<string, int>> CountsAsync(this GraphQLClient client, string unitCode)
    {
        var fields = string.Join(" ", Lists.Select(l => $"{l}(unitCode: $unit) {{ totalCount }}"));
        var data = await client.DataAsync($"query($unit: String) {{ economy {{ {fields} }} }}", new { unit = unitCode });
        return Lists.ToDictionary(l => l, l => (int)data["economy"]![l]!["totalCount"].Number());
    }

    /// <summary>The economy targets' progress at a unit at the end of 2025, by target code.</summary>
    public static async Task<Dictionary<string, JsonNode>> ProgressAsync(this GraphQLClient client, string unitCode)
    {
        var data = await client.DataAsync(
            """
            query($unit: String!) { plan(code: "223/KH-BTV") { progress(unitCode: $unit, moduleKey: "economy", asOf: "2025-12-31") {
              target { code } goal actual percent achieved status numerator note children { unit { code } actual numerator } } } }
            """,
            new { unit = unitCode });
        return data["plan"]!["progress"]!.AsArray().ToDictionary(p => p!["target"]!["code"]!.GetValue<string>(), p => p!);
    }

    /// <summary>The module's figures over a unit's subtree for 2025, by indicator key.</summary>
    public static async Task<Dictionary<string, double>> FiguresAsync(this GraphQLClient client, string unitCode)
    {
        var data = await client.DataAsync(
            """query($unit: String) { economy { figures(unitCode: $unit, from: "2025-01-01", to: "2025-12-31") { indicator value } } }""",
            new { unit = unitCode });
        return data["economy"]!["figures"]!.AsArray().ToDictionary(f => f!["indicator"]!.GetValue<string>(), f => f!["value"].Number());
    }

    /// <summary>A day after today, whatever today is: dates the product must refuse as in the future.</summary>
    public static string NextYear => DateOnly.FromDateTime(DateTime.Now).AddYears(1).ToString("yyyy-MM-dd");
}
