using System.Text.Json.Nodes;
using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Host.Tests;

/// <summary>
/// The real 1 July 2025 reorganisation applied to the seeded tree, with work on both sides of it. Every expected
/// figure is worked out by hand in the comments, from the records written here.
/// </summary>
internal static class Reorganisation2025
{
    public const string MapName = "Nghị quyết 1667/NQ-UBTVQH15";

    public static string MapCsv() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "khanh-hoa-2025-merge-map.csv"));

    /// <summary>A host whose new data folder holds both eras' units, the reorganisation not yet applied.</summary>
    public static ProductFactory Pending(IDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["Seed:Reorganisation2025"] = "Pending" };
        return new ProductFactory(all);
    }

    /// <summary>Applies the real map through GraphQL, as the CSV text.</summary>
    public static Task<GraphQLResponse> ApplyAsync(GraphQLClient admin, bool dryRun, string? csv = null) =>
        admin.SendAsync(
            """
            mutation($input: ReorganisationInput!) { applyReorganisation(input: $input) {
              applied alreadyApplied dryRun message
              created { code name parentCode } closed { code successorCode validTo } reparented { code }
              effects { kind unitCode detail } conflicts { row code message } } }
            """,
            new { input = new { name = MapName, effectiveFrom = "2025-07-01", csv = csv ?? MapCsv(), dryRun } });

    /// <summary>Households out of poverty (target 2.2a), dated on the day the poverty review confirmed each.</summary>
    public static readonly (string Unit, string Exited)[] Households =
    [
        ("22330", "2025-03-10"), ("22330", "2025-05-20"), // Phường Vĩnh Hải (whole into Bắc Nha Trang)
        ("22333", "2025-04-01"),                           // 22333 before the merge: Phường Vĩnh Phước
        ("568", "2025-02-01"),                             // Thành phố Nha Trang's own (district level, abolished)
        ("22435", "2025-05-01"), ("22435", "2025-05-02"), // Xã Cam Tân (split three ways; Cam Hiệp keeps its code)
        ("22438", "2025-06-15"),                           // Xã Cam Hòa (split; first in the map: Cam Hiệp)
        ("22471", "2025-06-01"),                           // Xã Cam An Nam (split; first in the map: Cam Lâm)
        ("22768", "2025-03-01"), ("22768", "2025-03-02"), // Ninh Thuận: Phường Đông Hải (split; first: the new Đông Hải)
        ("58", "2025-01-15"),                              // Tỉnh Ninh Thuận's own
    ];

    /// <summary>Households written after the merge, at the new units.</summary>
    public static readonly (string Unit, string Exited)[] HouseholdsAfter =
    [
        ("22333", "2025-09-01"), ("22333", "2025-09-02"), ("22333", "2025-10-03"), // 22333 after: Phường Bắc Nha Trang
        ("22435", "2025-10-01"),                                                  // Xã Cam Hiệp
        ("56", "2025-08-01"),                                                     // the province's own
    ];

    /// <summary>The work of the first half: households, community works, supports of women with disabilities and their numbers, allocations, a member.</summary>
    public static async Task WriteFirstHalfAsync(ProductFactory factory)
    {
        var province = factory.ClientFor("56", Role.Admin);
        await WriteHouseholdsAsync(province, Households.Where(h => !NinhThuan(h.Unit)));
        await WriteHouseholdsAsync(factory.ClientFor("58", Role.Admin), Households.Where(h => NinhThuan(h.Unit)));

        foreach (var (unit, on) in new[] { ("22330", "2025-04-01"), ("22438", "2025-05-01") })
        {
            await province.DataAsync(
                "mutation($input: FamilyCommunityWorkInput!) { family { createCommunityWork(input: $input) { id } } }",
                new { input = new { unitCode = unit, name = $"Đường hoa {unit}", registeredOn = on, carriedOutOn = on } });
        }

        foreach (var (unit, woman, on) in new[] { ("22330", "W1", "2025-02-01"), ("22330", "W2", "2025-03-01"), ("22435", "W4", "2025-04-01") })
        {
            await SupportAsync(province, unit, woman, on);
        }

        foreach (var (unit, value) in new[] { ("22330", 10), ("22333", 20), ("22339", 5), ("22435", 8), ("22363", 7), ("22375", 4) })
        {
            await ReportDisabledWomenAsync(province, unit, "2025-01-01", "2025-06-30", value);
        }

        foreach (var (unit, goal) in new[] { ("568", 300), ("570", 100), ("22330", 40), ("22333", 60), ("22435", 25) })
        {
            await province.DataAsync(
                "mutation($unit: String!, $goal: Float!) { allocateGoal(planCode: \"223/KH-BTV\", targetCode: \"2.2a\", unitCode: $unit, goal: $goal) { goal } }",
                new { unit, goal });
        }

        await province.DataAsync(
            """mutation { organisation { createMember(input: { unitCode: "22330", fullName: "Nguyễn Thị Hoa", birthYear: 1985, ethnicity: "Kinh", joinedOn: "2025-02-01" }) { id } } }""");
    }

    /// <summary>The work of the second half, at the new units.</summary>
    public static async Task WriteSecondHalfAsync(ProductFactory factory)
    {
        var province = factory.ClientFor("56", Role.Admin);
        await WriteHouseholdsAsync(province, HouseholdsAfter);
        await province.DataAsync(
            "mutation($input: FamilyCommunityWorkInput!) { family { createCommunityWork(input: $input) { id } } }",
            new { input = new { unitCode = "22465", name = "Đường hoa Cam An", registeredOn = "2025-11-01", carriedOutOn = "2025-11-01" } });
        await SupportAsync(province, "22333", "W3", "2025-08-01");
        await ReportDisabledWomenAsync(province, "22333", "2025-07-01", "2025-12-31", 36);
    }

    /// <summary>Every target of every module at a unit on a day, with every child, as one JSON text to compare whole.</summary>
    public static async Task<string> DashboardAsync(GraphQLClient client, string unitCode, string asOf)
    {
        var data = await client.DataAsync(
            """
            query($unit: String!, $asOf: Date!) { plan(code: "223/KH-BTV") { progress(unitCode: $unit, asOf: $asOf) {
              target { code } unit { code name } goal actual percent status unitsMeeting unitsCounted numerator denominator allocationMismatch
              children { unit { code name } goal actual percent status unitsMeeting unitsCounted numerator denominator } } } }
            """,
            new { unit = unitCode, asOf });
        return data.ToJsonString();
    }

    /// <summary>One target's figures at a unit, with its children by code.</summary>
    public static async Task<JsonNode> TargetAsync(GraphQLClient client, string targetCode, string unitCode, string asOf)
    {
        var data = await client.DataAsync(
            """
            query($unit: String!, $asOf: Date!) { plan(code: "223/KH-BTV") { progress(unitCode: $unit, asOf: $asOf) {
              target { code } goal actual numerator denominator fromPredecessors unitsMeeting unitsCounted
              children { unit { code } goal actual numerator denominator fromPredecessors } } } }
            """,
            new { unit = unitCode, asOf });
        return data["plan"]!["progress"]!.AsArray().Single(p => p!["target"]!["code"]!.GetValue<string>() == targetCode)!;
    }

    public static JsonNode Child(JsonNode progress, string unitCode) =>
        progress["children"]!.AsArray().Single(c => c!["unit"]!["code"]!.GetValue<string>() == unitCode)!;

    /// <summary>Before the merge Ninh Thuận's units are its own province's: its officers write their work.</summary>
    private static bool NinhThuan(string unitCode) => unitCode is "58" or "22768";

    private static async Task WriteHouseholdsAsync(GraphQLClient client, IEnumerable<(string Unit, string Exited)> households)
    {
        var i = 0;
        foreach (var (unit, exited) in households)
        {
            await client.DataAsync(
                "mutation($input: EconomyHouseholdInput!) { economy { createHousehold(input: $input) { id } } }",
                new { input = new { unitCode = unit, headName = $"Trần Thị Hộ {unit}-{++i}", village = "Thôn 1", statusAtStart = "POOR", supportStartedOn = exited, support = "LOAN", supportDetails = (string?)null, exitedPovertyOn = exited } });
        }
    }

    private static Task<JsonNode> SupportAsync(GraphQLClient client, string unit, string woman, string on) =>
        client.DataAsync(
            "mutation($input: FamilyDisabledWomanSupportInput!) { family { createDisabledWomanSupport(input: $input) { id } } }",
            new { input = new { unitCode = unit, womanCode = woman, kind = "GIFT", supportedOn = on } });

    private static Task<JsonNode> ReportDisabledWomenAsync(GraphQLClient client, string unit, string from, string to, double value) =>
        client.DataAsync(
            "mutation($input: ReportValueInput!) { reportValue(input: $input) { value } }",
            new { input = new { indicator = "family.women-with-disabilities", unitCode = unit, periodStart = from, periodEnd = to, value } });
}
