using System.Text.Json.Nodes;
using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Modules.Family.Tests;

/// <summary>The module's GraphQL as the tests call it.</summary>
internal static class FamilyApi
{
    /// <summary>Creates a record of a kind ("StandardHousehold", "VictimCase", ...) and returns its id.</summary>
    public static async Task<string> CreateAsync(this GraphQLClient client, string kind, object input)
    {
        var data = await client.DataAsync($"mutation($input: Family{kind}Input!) {{ family {{ create{kind}(input: $input) {{ id }} }} }}", new { input });
        return data["family"]!["create" + kind]!["id"]!.ToString();
    }

    /// <summary>Tries to create a record that must be refused, and returns the error.</summary>
    public static Task<GraphQLError> CreateErrorAsync(this GraphQLClient client, string kind, object input) =>
        client.ErrorAsync($"mutation($input: Family{kind}Input!) {{ family {{ create{kind}(input: $input) {{ id }} }} }}", new { input });

    /// <summary>How many records of a list field the client sees under a unit.</summary>
    public static async Task<int> CountAsync(this GraphQLClient client, string listField, string unitCode)
    {
        var data = await client.DataAsync($"query($unit: String) {{ family {{ {listField}(unitCode: $unit) {{ totalCount }} }} }}", new { unit = unitCode });
        return (int)data["family"]![listField]!["totalCount"].Number();
    }

    /// <summary>A province admin switches the module off for a unit for the whole plan year.</summary>
    public static async Task SwitchFamilyOffAsync(this ProductFactory factory, string unitCode) =>
        await factory.ClientFor("56", Role.Admin).DataAsync(
            "mutation($unit: String!) { switchModule(unitCode: $unit, moduleKey: \"family\", enabled: false, effectiveFrom: \"2025-01-01\") { code } }",
            new { unit = unitCode });

    /// <summary>The family targets' progress at a unit on 31/12/2025, by target code.</summary>
    public static async Task<Dictionary<string, JsonNode>> ProgressAsync(this GraphQLClient client, string unitCode)
    {
        var data = await client.DataAsync(
            """
            query($unit: String!) { plan(code: "223/KH-BTV") { progress(unitCode: $unit, moduleKey: "family", asOf: "2025-12-31") {
              target { code } goal actual percent achieved status unitsMeeting unitsCounted numerator denominator
              children { unit { code } actual unitsMeeting unitsCounted numerator denominator } } } }
            """,
            new { unit = unitCode });
        return data["plan"]!["progress"]!.AsArray().ToDictionary(p => p!["target"]!["code"]!.GetValue<string>(), p => p!);
    }

    public static JsonNode Child(this JsonNode progress, string unitCode) =>
        progress["children"]!.AsArray().Single(c => c!["unit"]!["code"]!.GetValue<string>() == unitCode)!;
}
