using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Host.Tests;

public sealed class ReorganisationTests
{
    [Fact]
    public async Task The_real_2025_map_keeps_every_figure_right_across_1_July_on_SQLite()
    {
        using var factory = Reorganisation2025.Pending();
        await ReorganisationScenario.RunAsync(factory);
    }

    [Fact]
    public async Task A_new_data_folder_starts_on_the_new_Khanh_Hoa_with_the_old_tree_reachable_for_the_first_half()
    {
        using var factory = new ProductFactory(new Dictionary<string, string?> { ["Seed:Reorganisation2025"] = "Applied" });
        var viewer = factory.ClientFor("56", Role.Viewer);

        var today = await viewer.DataAsync("{ units { code level } }");
        Assert.Equal(66, today["units"]!.AsArray().Count);
        Assert.Equal(65, today["units"]!.AsArray().Count(u => u!["level"]!.GetValue<string>() == "BASE"));

        var before = await viewer.DataAsync(
            """{ units(on: "2025-06-30", parentCode: "56") { code } ninhThuan: units(on: "2025-06-30", parentCode: "58") { code } all: units(on: "2025-06-30", level: BASE) { code } }""");
        Assert.Equal(9, before["units"]!.AsArray().Count);
        Assert.Equal(7, before["ninhThuan"]!.AsArray().Count);
        Assert.Equal(132 + 62, before["all"]!.AsArray().Count);

        var audit = await factory.ClientFor("56", Role.Admin).DataAsync(
            """{ auditTrail(unitCode: "56", take: 5) { items { action entity entityKey } } }""");
        Assert.Contains(audit["auditTrail"]!["items"]!.AsArray(), e => e!["action"]!.GetValue<string>() == "reorganise");
    }

    [Fact]
    public async Task A_map_with_an_unknown_code_is_refused_with_nothing_written()
    {
        using var factory = Reorganisation2025.Pending();
        var admin = factory.ClientFor("56", Role.Admin);
        var csv = Reorganisation2025.MapCsv().Replace("22333,Phường Bắc Nha Trang,22327,", "22333,Phường Bắc Nha Trang,29999,", StringComparison.Ordinal);

        var dry = await Reorganisation2025.ApplyAsync(admin, dryRun: true, csv);
        var conflict = Assert.Single(dry.Data!["applyReorganisation"]!["conflicts"]!.AsArray());
        Assert.Equal("29999", conflict!["code"]!.GetValue<string>());
        Assert.Equal(1, conflict["row"]!.GetValue<int>());
        Assert.Contains("không có đơn vị mã 29999 đang hoạt động ngày 30/06/2025", conflict["message"]!.GetValue<string>(), StringComparison.Ordinal);

        var refused = await Reorganisation2025.ApplyAsync(admin, dryRun: false, csv);
        Assert.Equal("VALIDATION", refused.Errors.Single().Code);
        Assert.Equal(194, await BaseUnitsTodayAsync(admin));
        Assert.Null((await admin.DataAsync("""{ unit(code: "22333") { validTo } }"""))["unit"]!["validTo"]);
    }

    [Fact]
    public async Task A_map_that_hands_a_code_to_a_unit_that_does_not_inherit_it_is_refused_as_a_cycle()
    {
        using var factory = Reorganisation2025.Pending();
        var admin = factory.ClientFor("56", Role.Admin);
        var rows = new[]
        {
            new { newCode = "22330", newName = "Phường Hai", oldCode = "22333", share = "WHOLE", oldName = (string?)null },
            new { newCode = "22333", newName = "Phường Một", oldCode = "22330", share = "WHOLE", oldName = (string?)null },
        };

        var refused = await admin.SendAsync(
            "mutation($input: ReorganisationInput!) { applyReorganisation(input: $input) { applied } }",
            new { input = new { name = "Hoán đổi", effectiveFrom = "2025-07-01", rows, dryRun = false } });

        var error = refused.Errors.Single();
        Assert.Equal("VALIDATION", error.Code);
        Assert.Contains("Vòng trong bản đồ", error.Message, StringComparison.Ordinal);
        Assert.Equal(194, await BaseUnitsTodayAsync(admin));
    }

    [Fact]
    public async Task A_merge_inside_a_district_keeps_the_district_and_puts_the_new_unit_under_it()
    {
        using var factory = Reorganisation2025.Pending();
        var admin = factory.ClientFor("56", Role.Admin);
        var applied = await admin.DataAsync(
            """
            mutation { applyReorganisation(input: { name: "Hai phường", effectiveFrom: "2025-07-01", rows: [
              { newCode: "22333", newName: "Phường Bắc Nha Trang", oldCode: "22330", share: WHOLE, oldName: "Phường Vĩnh Hải" },
              { newCode: "22333", newName: "Phường Bắc Nha Trang", oldCode: "22333", share: WHOLE, oldName: "Phường Vĩnh Phước" } ] }) {
              created { code parentCode } closed { code } } }
            """);
        Assert.Equal("568", applied["applyReorganisation"]!["created"]![0]!["parentCode"]!.GetValue<string>());
        Assert.Equal(["22330", "22333"], applied["applyReorganisation"]!["closed"]!.AsArray().Select(c => c!["code"]!.GetValue<string>()).Order().ToArray());

        var district = await admin.DataAsync("""{ unit(code: "568") { validTo children { code } } }""");
        Assert.Null(district["unit"]!["validTo"]);
        Assert.Equal(22 - 2 + 1, district["unit"]!["children"]!.AsArray().Count);
    }

    [Fact]
    public async Task Only_a_province_admin_applies_a_map()
    {
        using var factory = Reorganisation2025.Pending();
        var refused = await Reorganisation2025.ApplyAsync(factory.ClientFor("568", Role.Admin), dryRun: true);
        Assert.Equal("FORBIDDEN", refused.Errors.Single().Code);
    }

    private static async Task<int> BaseUnitsTodayAsync(GraphQLClient client) =>
        (await client.DataAsync("{ units(level: BASE) { code } }"))["units"]!.AsArray().Count;
}
