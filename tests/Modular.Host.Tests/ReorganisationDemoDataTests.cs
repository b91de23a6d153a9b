using System.Text.Json.Nodes;
using Modular.Host.Demo;
using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Host.Tests;

public sealed class ReorganisationDemoDataTests
{
    /// <summary>Targets whose demo records are all written at base unions, so a unit's figure is its children's figures added up.</summary>
    private static readonly string[] BaseUnionTargets = ["2.2a", "2.4b", "2.5a"];

    [Fact]
    public async Task On_demo_data_of_both_eras_every_unit_is_the_sum_of_its_children_on_both_sides_of_the_merge()
    {
        using var factory = new ProductFactory(new Dictionary<string, string?> { ["Seed:Reorganisation2025"] = "Applied" });
        _ = factory.Server;
        await SeedDemoCommand.SeedAsync(factory.Services, "province", 1, fullRegister: false, TextWriter.Null, CancellationToken.None);
        var viewer = factory.ClientFor("56", Role.Admin);

        // Work on both sides: old units until 30/06, new ones after.
        var lists = await viewer.DataAsync(
            """
            { economy { before: households(unitCode: "22330", status: OUT_OF_POVERTY, from: "2025-01-01", to: "2025-12-31") { totalCount }
                        after: households(unitCode: "22333", status: OUT_OF_POVERTY, from: "2025-01-01", to: "2025-12-31") { totalCount }
                        all: households(unitCode: "56", status: OUT_OF_POVERTY, from: "2025-01-01", to: "2025-12-31") { totalCount } }
              family { households: standardHouseholds(unitCode: "22330") { totalCount } } }
            """);
        Assert.True(lists["family"]!["households"]!["totalCount"].Number() > 0, "Vĩnh Hải has work of its own before the merge");

        foreach (var asOf in new[] { "2025-06-30", "2025-12-31" })
        {
            var progress = await ProgressAsync(viewer, "56", asOf);
            foreach (var target in BaseUnionTargets)
            {
                var province = progress[target];
                foreach (var district in province["children"]!.AsArray())
                {
                    var code = district!["unit"]!["code"]!.GetValue<string>();
                    if (asOf == "2025-06-30")
                    {
                        // A district is its base unions added up.
                        var below = (await ProgressAsync(viewer, code, asOf))[target];
                        AssertSumOfChildren(below, target, code, asOf);
                    }
                }

                AssertSumOfChildren(province, target, "56", asOf);
            }
        }

        // The province's households out of poverty over the year are every household of the year, each once.
        var year = await ProgressAsync(viewer, "56", "2025-12-31");
        Assert.Equal(lists["economy"]!["all"]!["totalCount"].Number(), year["2.2a"]["numerator"].Number());
        var bacNhaTrang = year["2.2a"]["children"]!.AsArray().Single(c => c!["unit"]!["code"]!.GetValue<string>() == "22333")!;
        Assert.Equal(lists["economy"]!["after"]!["totalCount"].Number(), bacNhaTrang["numerator"].Number());
        Assert.Equal(65, year["2.4b"]["unitsCounted"]!.GetValue<int>());
    }

    private static void AssertSumOfChildren(JsonNode progress, string target, string unit, string asOf)
    {
        var children = progress["children"]!.AsArray();
        Assert.NotEmpty(children);
        var field = progress["numerator"] is null ? "unitsCounted" : "numerator";
        Assert.True(
            Math.Abs(progress[field].Number() - children.Sum(c => c![field].Number())) < 1e-9,
            $"{target} at {unit} on {asOf}: {field} {progress[field]} is not the sum of its children's");
        if (field == "unitsCounted")
        {
            Assert.Equal(progress["unitsMeeting"].Number(), children.Sum(c => c!["unitsMeeting"].Number()));
        }
    }

    private static async Task<Dictionary<string, JsonNode>> ProgressAsync(GraphQLClient client, string unitCode, string asOf)
    {
        var data = await client.DataAsync(
            """
            query($unit: String!, $asOf: Date!) { plan(code: "223/KH-BTV") { progress(unitCode: $unit, asOf: $asOf) {
              target { code } numerator unitsMeeting unitsCounted
              children { unit { code } numerator unitsMeeting unitsCounted } } } }
            """,
            new { unit = unitCode, asOf });
        return data["plan"]!["progress"]!.AsArray().ToDictionary(p => p!["target"]!["code"]!.GetValue<string>(), p => p!);
    }
}
