using System.Text;
using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Shared.Tests;

public sealed class SeedTests : IDisposable
{
    private readonly ProductFactory _factory = new();

    [Fact]
    public async Task A_fresh_data_folder_holds_the_province_its_9_districts_and_132_base_unions_with_official_codes()
    {
        var client = _factory.ClientFor("56", Role.Viewer);
        var data = await client.DataAsync("""
            { province: units(level: PROVINCE) { code name }
              districts: units(level: DISTRICT) { code }
              bases: units(level: BASE) { code name placeName parent { code } } }
            """);

        Assert.Equal("56", data["province"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("Hội LHPN Tỉnh Khánh Hòa", data["province"]![0]!["name"]!.GetValue<string>());
        Assert.Equal(9, data["districts"]!.AsArray().Count);
        var bases = data["bases"]!.AsArray();
        Assert.Equal(132, bases.Count);
        var vinhHai = bases.Single(b => b!["code"]!.GetValue<string>() == "22330")!;
        Assert.Equal("Hội LHPN Phường Vĩnh Hải", vinhHai["name"]!.GetValue<string>());
        Assert.Equal("568", vinhHai["parent"]!["code"]!.GetValue<string>());
        Assert.All(bases, b => Assert.True(b!["name"]!.GetValue<string>().IsNormalized(NormalizationForm.FormC)));
    }

    [Fact]
    public async Task Plan_223_lists_every_quantified_target_and_the_key_activities_and_progress_answers_for_each()
    {
        var client = _factory.ClientFor("22330", Role.Viewer);
        var data = await client.DataAsync("""
            { plan(code: "223/KH-BTV") { year documentNumber issuingUnit { code }
                targets { code kind goal threshold levels module { key installed } }
                progress(unitCode: "56") { target { code } goal actual status available } } }
            """);

        var plan = data["plan"]!;
        Assert.Equal(2025, plan["year"]!.GetValue<int>());
        var targets = plan["targets"]!.AsArray();
        var byCode = targets.ToDictionary(t => t!["code"]!.GetValue<string>(), t => t!);
        Assert.Equal(1100, byCode["2.2a"]["goal"].Number());
        Assert.Equal("SUM", byCode["2.2a"]["kind"]!.GetValue<string>());
        Assert.Equal(5500, byCode["2.5a"]["goal"].Number());
        Assert.Equal(60, byCode["2.5b"]["threshold"].Number());
        Assert.Equal(["BASE"], byCode["2.1"]["levels"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.Equal(80, byCode["4.1.2a"]["goal"].Number());
        Assert.True(targets.Count(t => t!["kind"]!.GetValue<string>() == "MILESTONE") >= 14);
        Assert.All(targets, t => Assert.True(t!["module"]!["installed"]!.GetValue<bool>()));
        Assert.Equal(targets.Count, plan["progress"]!.AsArray().Count);
    }

    public void Dispose() => _factory.Dispose();
}
