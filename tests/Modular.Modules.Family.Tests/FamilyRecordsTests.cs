using Microsoft.Extensions.DependencyInjection;
using Modular.Shared.Access;
using Modular.Shared.Units;
using Modular.Shared.Indicators;
using Modular.Testing;

namespace Modular.Modules.Family.Tests;

/// <summary>Lists, single records, updates and deletes over GraphQL, within the caller's subtree; and the module's other figures.</summary>
public sealed class FamilyRecordsTests : IDisposable
{
    private readonly ProductFactory _factory = new();

    [Fact]
    public async Task Lists_page_filter_and_search_within_the_callers_subtree()
    {
        var vinhHoa = _factory.ClientFor("22327", Role.Reporter);
        await vinhHoa.CreateAsync("StandardHousehold", Household("22327", "Nguyễn Thị Lan", "FIVE_NO_THREE_CLEAN", "2025-01-10"));
        await vinhHoa.CreateAsync("StandardHousehold", Household("22327", "Trần Văn Hùng", "FIVE_YES_THREE_CLEAN", "2025-02-10"));
        await vinhHoa.CreateAsync("StandardHousehold", Household("22327", "NGUYỄN THỊ HẠNH", "FIVE_NO_THREE_CLEAN", "2025-03-10"));
        await _factory.ClientFor("22330", Role.Reporter).CreateAsync("StandardHousehold", Household("22330", "Lê Thị Thu", "FIVE_NO_THREE_CLEAN", "2025-04-10"));
        await _factory.ClientFor("22408", Role.Reporter).CreateAsync("StandardHousehold", Household("22408", "Phạm Thị Hoa", "FIVE_NO_THREE_CLEAN", "2025-05-10"));

        const string Query = """
            query($unit: String, $search: String, $standard: FamilyStandard, $from: Date, $skip: Int, $take: Int) { family {
              standardHouseholds(unitCode: $unit, search: $search, standard: $standard, from: $from, skip: $skip, take: $take) {
                totalCount items { householdHead confirmedOn unit { code } } } } }
            """;
        var nhaTrang = _factory.ClientFor("568", Role.Viewer);
        async Task<(int Total, string Heads)> Households(object variables)
        {
            var page = (await nhaTrang.DataAsync(Query, variables))["family"]!["standardHouseholds"]!;
            return ((int)page["totalCount"].Number(), string.Join(" | ", page["items"]!.AsArray().Select(i => i!["householdHead"]!.GetValue<string>())));
        }

        // The district viewer sees her four communes' households (not Cam Ranh's), newest first, two per page.
        Assert.Equal((4, "Lê Thị Thu | NGUYỄN THỊ HẠNH"), await Households(new { take = 2 }));
        Assert.Equal((4, "Trần Văn Hùng | Nguyễn Thị Lan"), await Households(new { skip = 2, take = 2 }));
        Assert.Equal((2, "NGUYỄN THỊ HẠNH | Nguyễn Thị Lan"), await Households(new { search = "nguyen thi" }));
        Assert.Equal((1, "Trần Văn Hùng"), await Households(new { standard = "FIVE_YES_THREE_CLEAN" }));
        Assert.Equal((2, "Lê Thị Thu | NGUYỄN THỊ HẠNH"), await Households(new { from = "2025-03-01" }));
        Assert.Equal((3, "NGUYỄN THỊ HẠNH | Trần Văn Hùng | Nguyễn Thị Lan"), await Households(new { unit = "22327" }));

        // Outside her subtree: refused.
        Assert.Equal("FORBIDDEN", (await nhaTrang.ErrorAsync(Query, new { unit = "22408" })).Code);
        Assert.Equal("VALIDATION", (await nhaTrang.ErrorAsync(Query, new { take = 500 })).Code);
    }

    [Fact]
    public async Task Records_are_read_updated_and_deleted_only_within_the_callers_subtree()
    {
        var reporter = _factory.ClientFor("22327", Role.Reporter);
        var id = await reporter.CreateAsync("CommunityWork", new { unitCode = "22327", name = "  Tuyến đường  hoa ", registeredOn = "2025-02-01" });

        const string Single = "query($id: ID!) { family { communityWork(id: $id) { name registeredOn carriedOutOn unit { code name level } } } }";
        var work = (await _factory.ClientFor("568", Role.Viewer).DataAsync(Single, new { id }))["family"]!["communityWork"]!;
        Assert.Equal("Tuyến đường  hoa", work["name"]!.GetValue<string>());
        Assert.Null(work["carriedOutOn"]);
        Assert.Equal(("22327", "BASE"), (work["unit"]!["code"]!.GetValue<string>(), work["unit"]!["level"]!.GetValue<string>()));
        Assert.Equal("NOT_FOUND", (await _factory.ClientFor("22408", Role.Reporter).ErrorAsync(Single, new { id })).Code); // as if missing
        Assert.Equal("NOT_FOUND", (await reporter.ErrorAsync(Single, new { id = "999" })).Code);
        Assert.Equal("NOT_FOUND", (await reporter.ErrorAsync(Single, new { id = "abc" })).Code);

        const string Update = "mutation($id: ID!, $input: FamilyCommunityWorkInput!) { family { updateCommunityWork(id: $id, input: $input) { carriedOutOn } } }";
        var done = new { unitCode = "22327", name = "Tuyến đường hoa", registeredOn = "2025-02-01", carriedOutOn = "2025-06-01" };
        Assert.Equal("NOT_FOUND", (await _factory.ClientFor("22408", Role.Reporter).ErrorAsync(Update, new { id, input = done })).Code);
        var updated = await _factory.ClientFor("568", Role.Reporter).DataAsync(Update, new { id, input = done });
        Assert.Equal("2025-06-01", updated["family"]!["updateCommunityWork"]!["carriedOutOn"]!.GetValue<string>());

        const string List = "query($done: Boolean) { family { communityWorks(unitCode: \"22327\", carriedOut: $done) { totalCount } } }";
        Assert.Equal(1, (await reporter.DataAsync(List, new { done = true }))["family"]!["communityWorks"]!["totalCount"].Number());
        Assert.Equal(0, (await reporter.DataAsync(List, new { done = false }))["family"]!["communityWorks"]!["totalCount"].Number());

        const string Delete = "mutation($id: ID!) { family { deleteCommunityWork(id: $id) } }";
        Assert.Equal("FORBIDDEN", (await _factory.ClientFor("22327", Role.Viewer).ErrorAsync(Delete, new { id })).Code);
        Assert.Equal(id, (await reporter.DataAsync(Delete, new { id }))["family"]!["deleteCommunityWork"]!.ToString());
        Assert.Equal(0, await reporter.CountAsync("communityWorks", "22327"));
        Assert.Equal("NOT_FOUND", (await reporter.ErrorAsync(Delete, new { id })).Code);
    }

    [Fact]
    public async Task Sponsorships_count_children_and_monthly_support_active_in_the_year_and_works_count_registered_and_carried_out()
    {
        var vinhHoa = _factory.ClientFor("22327", Role.Reporter);
        await vinhHoa.CreateAsync("Sponsorship", Sponsorship("22327", "MDD-01", 500_000, "2024-12-01", null));
        await vinhHoa.CreateAsync("Sponsorship", Sponsorship("22327", "mdd-01", 300_000, "2025-06-01", "2025-12-31")); // a second sponsor for the same child
        await vinhHoa.CreateAsync("Sponsorship", Sponsorship("22327", "MDD-02", 400_000, "2024-11-05", "2024-12-31")); // ended before 2025
        await vinhHoa.CreateAsync("Sponsorship", Sponsorship("22327", "MDD-03", 600_000, "2026-02-01", null));         // began after 2025
        await vinhHoa.CreateAsync("Sponsorship", Sponsorship("22327", "MDD-04", 250_000, "2025-03-01", "2025-09-30"));
        await _factory.ClientFor("22408", Role.Reporter).CreateAsync("Sponsorship", Sponsorship("22408", "CR-1", 1_000_000, "2025-01-01", null));

        await vinhHoa.CreateAsync("CommunityWork", new { unitCode = "22327", name = "Đường hoa", registeredOn = "2025-02-01", carriedOutOn = "2025-05-01" });
        await vinhHoa.CreateAsync("CommunityWork", new { unitCode = "22327", name = "Đèn đường", registeredOn = "2025-03-01" });
        await vinhHoa.CreateAsync("CommunityWork", new { unitCode = "22327", name = "Cây xanh", registeredOn = "2024-11-20" });

        await vinhHoa.CreateAsync("Activity", new { unitCode = "22327", programme = "PARENTING_EDUCATION", heldOn = "2025-05-05", topic = "Kỹ năng làm cha mẹ", participants = 35 });
        await vinhHoa.CreateAsync("Activity", new { unitCode = "22327", programme = "PROJECT_938", heldOn = "2025-06-06", topic = "Phòng chống mua bán người", participants = 60 });

        var provider = _factory.Services.GetServices<IIndicatorProvider>().Single(p => p.ModuleKey == "family");
        var codes = await UnitCodesAsync();
        var keys = new[] { "family.children-sponsored", "family.monthly-support", "family.works-registered", "family.works-carried-out" };
        var values = (await provider.GetValuesAsync(new IndicatorQuery(keys, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), CancellationToken.None))
            .ToDictionary(v => (v.IndicatorKey, UnitCode: codes[v.UnitId]), v => v.Value);

        // 22327: children MDD-01 (two sponsors) and MDD-04 = 2; support 500,000 + 300,000 + 250,000 = 1,050,000 VND a month.
        Assert.Equal(2, values[("family.children-sponsored", "22327")]);
        Assert.Equal(1_050_000, values[("family.monthly-support", "22327")]);
        Assert.Equal(1, values[("family.children-sponsored", "22408")]);
        Assert.Equal(1_000_000, values[("family.monthly-support", "22408")]);

        // Works: two registered in 2025 (the third in 2024), one carried out.
        Assert.Equal(2, values[("family.works-registered", "22327")]);
        Assert.Equal(1, values[("family.works-carried-out", "22327")]);
        Assert.Equal(6, values.Count); // four figures at 22327, two at 22408

        // The list answers which children are sponsored on a day.
        var onDay = await vinhHoa.DataAsync("{ family { sponsorships(unitCode: \"22327\", activeOn: \"2025-10-01\") { items { childCode monthlySupport } } } }");
        Assert.Equal(["MDD-01"], onDay["family"]!["sponsorships"]!["items"]!.AsArray().Select(i => i!["childCode"]!.GetValue<string>()).Distinct());
        await vinhHoa.CreateAsync("DisabledWomanSupport", new { unitCode = "22327", womanCode = "KT-9", kind = "GIFT", supportedOn = "2025-02-02" });
        await vinhHoa.CreateAsync("DisabledWomanSupport", new { unitCode = "22327", womanCode = "kt-9", kind = "LIVELIHOOD", supportedOn = "2025-07-07" });
        await vinhHoa.CreateAsync("DisabledWomanSupport", new { unitCode = "22327", womanCode = "KT-10", kind = "GIFT", supportedOn = "2025-03-03" });
        var oneWoman = await vinhHoa.DataAsync("{ family { disabledWomanSupports(womanCode: \" kt-9\") { items { womanCode kind } } } }");
        Assert.Equal(["LIVELIHOOD", "GIFT"], oneWoman["family"]!["disabledWomanSupports"]!["items"]!.AsArray().Select(i => i!["kind"]!.GetValue<string>()));

        await vinhHoa.CreateAsync("CultureSportsForm", new { unitCode = "22327", name = "Đội bóng chuyền", kind = "SPORTS", startedOn = "2024-12-01" });
        await vinhHoa.CreateAsync("CultureSportsForm", new { unitCode = "22327", name = "Đội múa", kind = "CULTURE", startedOn = "2024-12-01", endedOn = "2025-02-01" });
        var forms = await vinhHoa.DataAsync("{ family { cultureSportsForms(activeOn: \"2025-06-01\") { items { name } } culture: cultureSportsForms(kind: CULTURE) { totalCount } } }");
        Assert.Equal(["Đội bóng chuyền"], forms["family"]!["cultureSportsForms"]!["items"]!.AsArray().Select(i => i!["name"]!.GetValue<string>()));
        Assert.Equal(1, forms["family"]!["culture"]!["totalCount"].Number());

        var activities = await vinhHoa.DataAsync("{ family { activities(programme: PROJECT_938) { items { topic participants } } } }");
        Assert.Equal(60, activities["family"]!["activities"]!["items"]![0]!["participants"].Number());
    }

    private async Task<Dictionary<int, string>> UnitCodesAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var tree = await scope.ServiceProvider.GetRequiredService<UnitDirectory>().LoadTreeAsync(CancellationToken.None);
        return tree.Units.ToDictionary(u => u.Id, u => u.Code);
    }

    private static object Household(string unit, string head, string standard, string confirmedOn) =>
        new { unitCode = unit, standard, householdHead = head, village = "Tổ 3", confirmedOn };

    private static object Sponsorship(string unit, string childCode, long monthlySupport, string startedOn, string? endedOn) =>
        new { unitCode = unit, childCode, sponsor = "Bà Lê Thị Hồng", monthlySupport, startedOn, endedOn };

    public void Dispose() => _factory.Dispose();
}
