using Modular.Shared.Access;
using Modular.Testing;
using static Modular.Modules.Economy.Tests.EconomyApi;

namespace Modular.Modules.Economy.Tests;

public sealed class AccessTests : IDisposable
{
    private readonly ProductFactory _factory = new();

    [Fact]
    public async Task A_reporter_writes_and_reads_only_inside_her_subtree()
    {
        var vinhHai = _factory.ClientFor("22330", Role.Reporter);
        await vinhHai.CreateAsync("Household", Household("22330", "Nguyễn Thị Hoa", "Tổ 5", "2025-01-10"));
        var camNghiaId = await _factory.ClientFor("22408", Role.Reporter).CreateAsync("Household", Household("22408", "Lê Thị Thu", "Tổ 2", "2025-01-10"));
        var province = _factory.ClientFor("56", Role.Viewer);
        var before = await province.CountsAsync("22408");

        Assert.Equal("FORBIDDEN", (await vinhHai.TryCreateAsync("Household", Household("22408", "Phan Thị Ngọc", "Tổ 1", "2025-02-01"))).Errors.Single().Code);
        // Another unit's record is answered as a missing one, so that ids disclose nothing.
        Assert.Equal("NOT_FOUND", (await vinhHai.TryUpdateAsync("Household", camNghiaId, Household("22408", "Lê Thị Thu", "Tổ 2", "2025-01-10", exited: "2025-05-05"))).Errors.Single().Code);
        Assert.Equal("NOT_FOUND", (await vinhHai.TryDeleteAsync("Household", camNghiaId)).Errors.Single().Code);
        // Nor may she move her own record to a unit outside her subtree.
        var ownId = (await vinhHai.DataAsync("{ economy { households { items { id } } } }"))["economy"]!["households"]!["items"]![0]!["id"]!.ToString();
        Assert.Equal("FORBIDDEN", (await vinhHai.TryUpdateAsync("Household", ownId, Household("22408", "Nguyễn Thị Hoa", "Tổ 5", "2025-01-10"))).Errors.Single().Code);
        Assert.Equal(before, await province.CountsAsync("22408"));
        Assert.Equal(1, (await province.CountsAsync("22330"))["households"]);

        Assert.Equal("FORBIDDEN", (await vinhHai.ErrorAsync("""{ economy { households(unitCode: "569") { totalCount } } }""")).Code);
        Assert.Equal("NOT_FOUND", (await vinhHai.ErrorAsync("query($id: ID!) { economy { household(id: $id) { id } } }", new { id = camNghiaId })).Code);
        Assert.Equal("FORBIDDEN", (await vinhHai.ErrorAsync("""{ economy { figures(unitCode: "569", from: "2025-01-01", to: "2025-12-31") { value } } }""")).Code);

        // Lists default to the caller's unit and hold its subtree only.
        Assert.Equal(1, (await vinhHai.CountsAsync("22330"))["households"]);
        var own = await vinhHai.DataAsync("{ economy { households { totalCount items { unit { code } } } } }");
        Assert.Equal(1, own["economy"]!["households"]!["totalCount"].Number());
        Assert.Equal(1, (await _factory.ClientFor("568", Role.Viewer).CountsAsync("568"))["households"]);
        Assert.Equal(2, (await province.CountsAsync("56"))["households"]);
    }

    [Fact]
    public async Task A_viewer_cannot_write()
    {
        var viewer = _factory.ClientFor("22330", Role.Viewer);

        var error = (await viewer.TryCreateAsync("Loan", Loan("22330", "Nguyễn Thị Hạnh", 10_000_000, "2025-02-02"))).Errors.Single();

        Assert.Equal("FORBIDDEN", error.Code);
        Assert.Equal(0, (await viewer.CountsAsync("22330"))["loans"]);
    }

    [Fact]
    public async Task With_the_module_switched_off_a_unit_and_its_descendants_refuse_writes()
    {
        var vinhHai = _factory.ClientFor("22330", Role.Reporter);
        var householdId = await vinhHai.CreateAsync("Household", Household("22330", "Nguyễn Thị Hoa", "Tổ 5", "2025-01-10"));
        var loanId = await vinhHai.CreateAsync("Loan", Loan("22330", "Nguyễn Thị Hạnh", 10_000_000, "2025-02-02"));
        var admin = _factory.ClientFor("56", Role.Admin);
        await SwitchOffAsync(admin, "22330", "2025-01-01");
        await SwitchOffAsync(admin, "569", "2025-01-01");
        var before = await admin.CountsAsync("56");

        Assert.Equal("MODULE_OFF", (await vinhHai.TryCreateAsync("Household", Household("22330", "Phan Thị Ngọc", "Tổ 1", "2025-02-01"))).Errors.Single().Code);
        Assert.Equal("MODULE_OFF", (await vinhHai.TryCreateAsync("Entrepreneur", Entrepreneur("22330", "Lê Thị Hoa", 1980, "2025-04-04"))).Errors.Single().Code);
        Assert.Equal("MODULE_OFF", (await vinhHai.TryCreateAsync("Cooperative", Cooperative("22330", "HTX Mới", "2025-04-01", 10, 2))).Errors.Single().Code);
        Assert.Equal("MODULE_OFF", (await vinhHai.TryCreateAsync("Startup", Startup("22330", "Mứt dừa", "Nguyễn Thị Hạnh", "2025-03-03"))).Errors.Single().Code);
        Assert.Equal("MODULE_OFF", (await vinhHai.TryCreateAsync("Loan", Loan("22330", "Nguyễn Thị Hạnh", 5_000_000, "2025-03-03"))).Errors.Single().Code);
        Assert.Equal("MODULE_OFF", (await vinhHai.TryUpdateAsync("Household", householdId, Household("22330", "Nguyễn Thị Hoa", "Tổ 5", "2025-01-10", exited: "2025-06-01"))).Errors.Single().Code);
        Assert.Equal("MODULE_OFF", (await vinhHai.TryDeleteAsync("Loan", loanId)).Errors.Single().Code);
        // Switched off at the district: its communes refuse too.
        Assert.Equal("MODULE_OFF", (await _factory.ClientFor("22408", Role.Reporter).TryCreateAsync("Loan", Loan("22408", "Lê Thị Hoa", 5_000_000, "2025-03-03"))).Errors.Single().Code);
        Assert.Equal(before, await admin.CountsAsync("56"));

        // Records already written can still be read, and a sibling commune still writes.
        Assert.Equal(1, (await vinhHai.CountsAsync("22330"))["households"]);
        await _factory.ClientFor("22327", Role.Reporter).CreateAsync("Loan", Loan("22327", "Võ Thị Lan", 5_000_000, "2025-03-03"));
        Assert.Equal(2, (await admin.CountsAsync("56"))["loans"]);
    }

    [Fact]
    public async Task A_switch_from_mid_year_refuses_records_of_later_days_and_of_households_still_supported()
    {
        await SwitchOffAsync(_factory.ClientFor("56", Role.Admin), "22330", "2025-07-01");
        var vinhHai = _factory.ClientFor("22330", Role.Reporter);

        // Events before 1 July were recorded while the module was on.
        await vinhHai.CreateAsync("Entrepreneur", Entrepreneur("22330", "Lê Thị Hoa", 1980, "2025-04-04"));
        await vinhHai.CreateAsync("Household", Household("22330", "Nguyễn Thị Hoa", "Tổ 5", "2024-01-10", exited: "2025-03-01"));

        Assert.Equal("MODULE_OFF", (await vinhHai.TryCreateAsync("Entrepreneur", Entrepreneur("22330", "Lê Thị Hồng", 1982, "2025-08-04"))).Errors.Single().Code);
        // A household still supported is a statement about today, when the module is off.
        Assert.Equal("MODULE_OFF", (await vinhHai.TryCreateAsync("Household", Household("22330", "Phan Thị Ngọc", "Tổ 1", "2025-02-01"))).Errors.Single().Code);
        var counts = await vinhHai.CountsAsync("22330");
        Assert.Equal((1, 1), (counts["entrepreneurs"], counts["households"]));
    }

    private static async Task SwitchOffAsync(GraphQLClient admin, string unitCode, string from) =>
        await admin.DataAsync(
            $$"""mutation { switchModule(unitCode: "{{unitCode}}", moduleKey: "economy", enabled: false, effectiveFrom: "{{from}}") { code } }""");

    public void Dispose() => _factory.Dispose();
}
