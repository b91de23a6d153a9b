using System.Text.Json.Nodes;
using Modular.Testing;

namespace Modular.Modules.Organisation.Tests;

/// <summary>The module's GraphQL calls the tests make, written once.</summary>
internal static class OrganisationApi
{
    /// <summary>Runs <c>organisation { create&lt;Record&gt;(input: ...) { id } }</c> and returns the new id.</summary>
    public static async Task<string> CreateAsync(this GraphQLClient client, string record, object input)
    {
        var data = await client.DataAsync(
            $"mutation($input: Organisation{InputName(record)}Input!) {{ organisation {{ create{record}(input: $input) {{ id }} }} }}", new { input });
        return data["organisation"]!["create" + record]!["id"]!.ToString();
    }

    /// <summary>The same mutation expected to fail: its first error.</summary>
    public static Task<GraphQLError> CreateErrorAsync(this GraphQLClient client, string record, object input) =>
        client.ErrorAsync($"mutation($input: Organisation{InputName(record)}Input!) {{ organisation {{ create{record}(input: $input) {{ id }} }} }}", new { input });

    public static Task<string> CreateMemberAsync(this GraphQLClient client, string unitCode, string fullName, int birthYear, string joinedOn, string ethnicity = "Kinh") =>
        client.CreateAsync("Member", new { unitCode, fullName, birthYear, ethnicity, joinedOn });

    public static Task<JsonNode> MoveMemberAsync(this GraphQLClient client, string id, string toUnitCode, string date) =>
        client.DataAsync(
            "mutation($id: ID!, $to: String!, $date: Date!) { organisation { moveMember(id: $id, toUnitCode: $to, date: $date) { id unit { code } history { unit { code } from to startReason endReason } } } }",
            new { id, to = toUnitCode, date });

    public static Task<JsonNode> EndMembershipAsync(this GraphQLClient client, string id, string status, string date) =>
        client.DataAsync(
            "mutation($id: ID!, $status: OrganisationMembershipEnd!, $date: Date!) { organisation { endMembership(id: $id, status: $status, date: $date) { id status endedOn } } }",
            new { id, status, date });

    public static Task<JsonNode> ReportWomenAsync(this GraphQLClient client, string unitCode, double value) =>
        client.DataAsync(
            "mutation($input: ReportValueInput!) { reportValue(input: $input) { value } }",
            new { input = new { indicator = "organisation.women-18plus", unitCode, periodStart = "2025-01-01", periodEnd = "2025-12-31", value } });

    /// <summary>The register as a reader sees it: <c>totalCount</c> and the names on the page, comma-separated.</summary>
    public static async Task<(int Total, string Names)> MembersAsync(this GraphQLClient client, string? unitCode = null, string? search = null, string? status = null, int? birthYearFrom = null, int? birthYearTo = null, int take = 50)
    {
        var data = await client.DataAsync(
            "query($unit: String, $search: String, $status: OrganisationMemberStatus, $from: Int, $to: Int, $take: Int) { organisation { members(unitCode: $unit, search: $search, status: $status, birthYearFrom: $from, birthYearTo: $to, take: $take) { totalCount items { fullName } } } }",
            new { unit = unitCode, search, status, from = birthYearFrom, to = birthYearTo, take });
        var page = data["organisation"]!["members"]!;
        return (page["totalCount"]!.GetValue<int>(), string.Join(", ", page["items"]!.AsArray().Select(m => m!["fullName"]!.GetValue<string>())));
    }

    /// <summary>How many records of a kind a reader sees in a unit's subtree.</summary>
    public static async Task<int> CountAsync(this GraphQLClient client, string list, string unitCode)
    {
        var data = await client.DataAsync($"query($unit: String) {{ organisation {{ {list}(unitCode: $unit) {{ totalCount }} }} }}", new { unit = unitCode });
        return data["organisation"]![list]!["totalCount"]!.GetValue<int>();
    }

    /// <summary>Each of the module's targets at a unit on 31/12/2025, by target code.</summary>
    public static async Task<Dictionary<string, JsonNode>> ProgressAsync(this GraphQLClient client, string unitCode)
    {
        var data = await client.DataAsync(
            """
            query($unit: String!) { plan(code: "223/KH-BTV") { progress(unitCode: $unit, moduleKey: "organisation", asOf: "2025-12-31") {
              target { code } goal actual percent achieved status unitsMeeting unitsCounted numerator denominator
              children { unit { code } actual unitsMeeting unitsCounted } } } }
            """,
            new { unit = unitCode });
        return data["plan"]!["progress"]!.AsArray().ToDictionary(p => p!["target"]!["code"]!.GetValue<string>(), p => p!);
    }

    private static string InputName(string record) => record switch
    {
        "Member" => "CreateMember",
        _ => record,
    };
}
