using Modular.Shared.Access;
using Modular.Testing;
using static Modular.Modules.Economy.Tests.EconomyApi;

namespace Modular.Modules.Economy.Tests;

/// <summary>
/// Records written through GraphQL at communes of Nha Trang (568) and Cam Ranh (569), and the 2.2 targets at commune,
/// district and province level as a person counting the records would get them (plan year 2025, as of 31/12/2025).
/// SUM targets: the province (the plan's issuing unit) has the plan's goal; units without an allocation have goal 0
/// and a note, so there the actual (the numerator) is what is checked.
/// </summary>
public sealed class ProgressTests : IDisposable
{
    private const string VinhHai = "22330";   // Nha Trang
    private const string VinhHoa = "22327";   // Nha Trang
    private const string CamNghia = "22408";  // Cam Ranh
    private const string CamPhucBac = "22411"; // Cam Ranh
    private const string NhaTrang = "568";
    private const string CamRanh = "569";
    private const string Province = "56";

    private readonly ProductFactory _factory = new();

    [Fact]
    public async Task Households_out_of_poverty_count_once_in_the_year_they_left()
    {
        var ids = await WriteHouseholdsAsync();
        var province = _factory.ClientFor(Province, Role.Viewer);

        // 22330: A (left 10/03/2025) + B (left 01/08/2025) = 2; C still supported, D left in 2024.
        // 22327: E (left 15/06/2025) = 1; F left in 2026.   568's own record G (left 02/02/2025) = 1.
        // 568 = 2 + 1 + 1 = 4.   22408: H = 1; 22411: I = 1; 569 = 2.   Province = 4 + 2 = 6.
        await AssertHouseholdsAsync(province, vinhHai: 2, vinhHoa: 1, nhaTrang: 4, camNghia: 1, camRanh: 2, total: 6);

        var at56 = (await province.ProgressAsync(Province))["2.2a"];
        Assert.Equal(1100, at56["goal"].Number());
        Assert.Equal(Math.Round(100.0 * 6 / 1100, 2), at56["percent"].Number()); // 0.55
        Assert.False(at56["achieved"]!.GetValue<bool>());
        var commune = (await province.ProgressAsync(VinhHai))["2.2a"];
        Assert.Equal(0, commune["goal"].Number());
        Assert.Equal("Chưa được giao chỉ tiêu cho đơn vị này.", commune["note"]!.GetValue<string>());

        // Live: C leaves poverty on 10/10/2025 (22330: 3, 568: 5, province: 7); A is deleted (22330: 2, 568: 4, province: 6).
        var reporter = _factory.ClientFor(VinhHai, Role.Reporter);
        var updated = await reporter.TryUpdateAsync("Household", ids["C"], Household(VinhHai, "Lê Thị Thu", "Tổ 2", "2025-01-15", exited: "2025-10-10"));
        Assert.Empty(updated.Errors);
        await AssertHouseholdsAsync(province, vinhHai: 3, vinhHoa: 1, nhaTrang: 5, camNghia: 1, camRanh: 2, total: 7);
        Assert.Empty((await reporter.TryDeleteAsync("Household", ids["A"])).Errors);
        await AssertHouseholdsAsync(province, vinhHai: 2, vinhHoa: 1, nhaTrang: 4, camNghia: 1, camRanh: 2, total: 6);
    }

    [Fact]
    public async Task Entrepreneurs_are_distinct_women_per_unit()
    {
        var vinhHai = _factory.ClientFor(VinhHai, Role.Reporter);
        await vinhHai.CreateAsync("Entrepreneur", Entrepreneur(VinhHai, "Nguyễn Thị Lan", 1985, "2025-03-01", "TRAINING"));
        await vinhHai.CreateAsync("Entrepreneur", Entrepreneur(VinhHai, "nguyen thi LAN", 1985, "2025-05-01", "E_COMMERCE")); // the same woman
        await vinhHai.CreateAsync("Entrepreneur", Entrepreneur(VinhHai, "Nguyễn Thị Lan", 1990, "2025-06-01", "BRANDING"));   // another woman
        await vinhHai.CreateAsync("Entrepreneur", Entrepreneur(VinhHai, "Trần Thị Mai", 1978, "2024-12-01", "FINANCE_ACCESS")); // 2024
        await _factory.ClientFor(VinhHoa, Role.Reporter).CreateAsync("Entrepreneur", Entrepreneur(VinhHoa, "Nguyễn Thị Lan", 1985, "2025-04-01", businessKind: "ENTERPRISE"));
        await _factory.ClientFor(CamNghia, Role.Reporter).CreateAsync("Entrepreneur", Entrepreneur(CamNghia, "Lê Thị Hoa", 1980, "2025-04-04", "E_COMMERCE", "COOPERATIVE"));

        // 22330: Lan 1985 (twice) + Lan 1990 = 2; Mai was supported in 2024.   22327: Lan 1985 = 1 (another unit).
        // 568 = 3.   22408: Hoa = 1; 569 = 1.   Province = 4, goal 300.
        var province = _factory.ClientFor(Province, Role.Viewer);
        var at56 = (await province.ProgressAsync(Province))["2.2b"];
        Assert.Equal(300, at56["goal"].Number());
        Assert.Equal(4, at56["actual"].Number());
        Assert.Equal(Math.Round(100.0 * 4 / 300, 2), at56["percent"].Number()); // 1.33
        Assert.Equal(3, Child(at56, NhaTrang));
        Assert.Equal(1, Child(at56, CamRanh));
        Assert.Equal(0, Child(at56, "570"));
        var at568 = (await province.ProgressAsync(NhaTrang))["2.2b"];
        Assert.Equal(3, at568["numerator"].Number());
        Assert.Equal(2, Child(at568, VinhHai));
        Assert.Equal(1, Child(at568, VinhHoa));
        Assert.Equal(2, (await province.ProgressAsync(VinhHai))["2.2b"]["numerator"].Number());
        Assert.Equal(1, (await province.ProgressAsync(CamNghia))["2.2b"]["numerator"].Number());
    }

    [Fact]
    public async Task Cooperatives_count_when_founded_in_the_year_with_women_in_management()
    {
        var vinhHai = _factory.ClientFor(VinhHai, Role.Reporter);
        await vinhHai.CreateAsync("Cooperative", Cooperative(VinhHai, "HTX Nông nghiệp Vĩnh Hải", "2025-04-01", members: 10, womenInManagement: 2));
        await vinhHai.CreateAsync("Cooperative", Cooperative(VinhHai, "Tổ hợp tác may Vĩnh Hải", "2025-05-01", 5, 3, kind: "COOPERATIVE_GROUP"));
        var camNghia = _factory.ClientFor(CamNghia, Role.Reporter);
        await camNghia.CreateAsync("Cooperative", Cooperative(CamNghia, "HTX Thủy sản Cam Nghĩa", "2025-07-01", 8, 0));
        await camNghia.CreateAsync("Cooperative", Cooperative(CamNghia, "HTX Dịch vụ Cam Nghĩa", "2019-01-01", 20, 3));
        await _factory.ClientFor(CamRanh, Role.Reporter).CreateAsync("Cooperative", Cooperative(CamRanh, "HTX Phụ nữ Cam Ranh", "2025-09-09", 7, 1));

        // 22330: the cooperative (2 women) = 1; the cooperative group does not count.   568 = 1.
        // 22408: no woman in management / founded in 2019 = 0.   569's own cooperative = 1.   Province = 2 of goal 1.
        var province = _factory.ClientFor(Province, Role.Viewer);
        var at56 = (await province.ProgressAsync(Province))["2.2c"];
        Assert.Equal(1, at56["goal"].Number());
        Assert.Equal(2, at56["actual"].Number());
        Assert.Equal(200, at56["percent"].Number());
        Assert.True(at56["achieved"]!.GetValue<bool>());
        Assert.Equal("ACHIEVED", at56["status"]!.GetValue<string>());
        Assert.Equal(1, Child(at56, NhaTrang));
        Assert.Equal(1, Child(at56, CamRanh));
        Assert.Equal(1, (await province.ProgressAsync(VinhHai))["2.2c"]["numerator"].Number());
        Assert.Equal(0, (await province.ProgressAsync(CamNghia))["2.2c"]["numerator"].Number());
        var at569 = (await province.ProgressAsync(CamRanh))["2.2c"];
        Assert.Equal(1, at569["numerator"].Number());
        Assert.Equal(0, Child(at569, CamNghia));
    }

    [Fact]
    public async Task Startups_and_loans_are_counted_and_summed_over_a_subtree()
    {
        var vinhHai = _factory.ClientFor(VinhHai, Role.Reporter);
        var camNghia = _factory.ClientFor(CamNghia, Role.Reporter);
        await vinhHai.CreateAsync("Startup", Startup(VinhHai, "Bánh tráng Vĩnh Hải", "Nguyễn Thị Hạnh", "2025-03-03"));
        await camNghia.CreateAsync("Startup", Startup(CamNghia, "Yến sào Cam Ranh", "Phan Thị Yến", "2025-05-05"));
        await camNghia.CreateAsync("Startup", Startup(CamNghia, "Nước mắm Cam Nghĩa", "Phan Thị Yến", "2024-11-11"));
        await vinhHai.CreateAsync("Loan", Loan(VinhHai, "Nguyễn Thị Hạnh", 20_000_000, "2025-02-02", "SAVINGS_GROUP"));
        await _factory.ClientFor(VinhHoa, Role.Reporter).CreateAsync("Loan", Loan(VinhHoa, "Võ Thị Lan", 50_000_000, "2025-06-06"));
        await camNghia.CreateAsync("Loan", Loan(CamNghia, "Lê Thị Hoa", 100_000_000, "2025-07-07"));
        await camNghia.CreateAsync("Loan", Loan(CamNghia, "Lê Thị Hoa", 5_000_000, "2024-12-31", "SAVINGS_GROUP"));

        var province = _factory.ClientFor(Province, Role.Viewer);
        // Province: start-ups 1 + 1 (the 2024 one is out); loans 3; 20 + 50 + 100 million.
        var all = await province.FiguresAsync(Province);
        Assert.Equal(2, all["economy.startups-supported"]);
        Assert.Equal(3, all["economy.loans"]);
        Assert.Equal(170_000_000, all["economy.loan-amount"]);
        // Nha Trang: 1 start-up; loans of 22330 and 22327: 20 + 50 million.
        var nhaTrang = await province.FiguresAsync(NhaTrang);
        Assert.Equal(1, nhaTrang["economy.startups-supported"]);
        Assert.Equal(2, nhaTrang["economy.loans"]);
        Assert.Equal(70_000_000, nhaTrang["economy.loan-amount"]);
        // Cam Nghĩa alone: 1 start-up, 1 loan of 100 million in 2025.
        var camNghiaFigures = await province.FiguresAsync(CamNghia);
        Assert.Equal(1, camNghiaFigures["economy.startups-supported"]);
        Assert.Equal(1, camNghiaFigures["economy.loans"]);
        Assert.Equal(100_000_000, camNghiaFigures["economy.loan-amount"]);

        var indicators = await province.DataAsync("{ indicators { key reported } }");
        var economy = indicators["indicators"]!.AsArray().Where(i => i!["key"]!.GetValue<string>().StartsWith("economy.", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            ["economy.cooperatives-founded", "economy.entrepreneurs-supported", "economy.households-out-of-poverty", "economy.loan-amount", "economy.loans", "economy.startups-supported"],
            economy.Select(i => i!["key"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.All(economy, i => Assert.False(i!["reported"]!.GetValue<bool>()));
    }

    /// <summary>Households A to I of the class comment, written by each unit's reporter; returns their ids by letter.</summary>
    private async Task<Dictionary<string, string>> WriteHouseholdsAsync()
    {
        var vinhHai = _factory.ClientFor(VinhHai, Role.Reporter);
        var vinhHoa = _factory.ClientFor(VinhHoa, Role.Reporter);
        return new Dictionary<string, string>
        {
            ["A"] = await vinhHai.CreateAsync("Household", Household(VinhHai, "Nguyễn Thị Hoa", "Tổ 5", "2024-03-01", exited: "2025-03-10")),
            ["B"] = await vinhHai.CreateAsync("Household", Household(VinhHai, "Trần Văn Nam", "Tổ 7", "2025-02-01", exited: "2025-08-01", status: "NEAR_POOR")),
            ["C"] = await vinhHai.CreateAsync("Household", Household(VinhHai, "Lê Thị Thu", "Tổ 2", "2025-01-15")),
            ["D"] = await vinhHai.CreateAsync("Household", Household(VinhHai, "Phạm Văn Bình", "Tổ 9", "2023-05-01", exited: "2024-12-20")),
            ["E"] = await vinhHoa.CreateAsync("Household", Household(VinhHoa, "Võ Thị Lan", "Thôn Đắc Lộc", "2025-01-10", exited: "2025-06-15", support: "LIVELIHOOD_MODEL")),
            ["F"] = await vinhHoa.CreateAsync("Household", Household(VinhHoa, "Đỗ Văn Hùng", "Thôn Đắc Lộc", "2025-03-01", exited: "2026-01-10", status: "NEAR_POOR")),
            ["G"] = await _factory.ClientFor(NhaTrang, Role.Reporter).CreateAsync("Household", Household(NhaTrang, "Huỳnh Thị Mai", "Tổ 1", "2024-09-01", exited: "2025-02-02")),
            // The same head and village as A, at another unit: another household.
            ["H"] = await _factory.ClientFor(CamNghia, Role.Reporter).CreateAsync("Household", Household(CamNghia, "Nguyễn Thị Hoa", "Tổ 5", "2025-01-05", exited: "2025-11-30", support: "CAPITAL_IN_KIND")),
            ["I"] = await _factory.ClientFor(CamPhucBac, Role.Reporter).CreateAsync("Household", Household(CamPhucBac, "Ngô Thị Kim", "Tổ 3", "2024-06-01", exited: "2025-05-05", status: "NEAR_POOR", support: "VOCATIONAL_TRAINING")),
        };
    }

    private static async Task AssertHouseholdsAsync(GraphQLClient client, int vinhHai, int vinhHoa, int nhaTrang, int camNghia, int camRanh, int total)
    {
        var at56 = (await client.ProgressAsync(Province))["2.2a"];
        Assert.Equal(total, at56["actual"].Number());
        Assert.Equal(nhaTrang, Child(at56, NhaTrang));
        Assert.Equal(camRanh, Child(at56, CamRanh));
        Assert.Equal(0, Child(at56, "570"));
        var at568 = (await client.ProgressAsync(NhaTrang))["2.2a"];
        Assert.Equal(nhaTrang, at568["numerator"].Number());
        Assert.Equal(vinhHai, Child(at568, VinhHai));
        Assert.Equal(vinhHoa, Child(at568, VinhHoa));
        Assert.Equal(vinhHai, (await client.ProgressAsync(VinhHai))["2.2a"]["numerator"].Number());
        Assert.Equal(camNghia, (await client.ProgressAsync(CamNghia))["2.2a"]["numerator"].Number());
        Assert.Equal(camRanh, (await client.ProgressAsync(CamRanh))["2.2a"]["numerator"].Number());
        Assert.Equal(total, (await client.FiguresAsync(Province))["economy.households-out-of-poverty"]);
    }

    private static double Child(System.Text.Json.Nodes.JsonNode progress, string unitCode) =>
        progress["children"]!.AsArray().Single(c => c!["unit"]!["code"]!.GetValue<string>() == unitCode)!["actual"].Number();

    public void Dispose() => _factory.Dispose();
}
