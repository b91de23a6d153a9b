using System.Text.Json.Nodes;
using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Shared.Tests;

/// <summary>
/// Each target kind at each level, computed by hand. The numbers reported in <see cref="ReportFixtureAsync"/>:
///
///   unit            level     done  found  population
///   56 province     province     4      4           -
///   568 Nha Trang   district     2      2           -
///   22327           base         3      4           5
///   22330           base         1      1          10
///   22408 (in 569)  base         5     10          10
/// </summary>
public sealed class ProgressEngineTests : IAsyncLifetime
{
    private readonly CoreTestHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    private async Task ReportFixtureAsync()
    {
        foreach (var (unit, done, found) in new[] { ("56", 4, 4), ("568", 2, 2), ("22327", 3, 4), ("22330", 1, 1), ("22408", 5, 10) })
        {
            await _host.ReportAsync("test.done", unit, done);
            await _host.ReportAsync("test.found", unit, found);
        }

        await _host.ReportAsync("test.population", "22327", 5);
        await _host.ReportAsync("test.population", "22330", 10);
        await _host.ReportAsync("test.population", "22408", 10);
    }

    private static JsonNode Target(JsonArray progress, string code) => progress.Single(p => p!["target"]!["code"]!.GetValue<string>() == code)!;

    private static JsonNode Child(JsonNode progress, string unitCode) =>
        progress["children"]!.AsArray().Single(c => c!["unit"]!["code"]!.GetValue<string>() == unitCode)!;

    [Fact]
    public async Task Sum_adds_the_indicator_over_the_subtree_at_every_level()
    {
        await ReportFixtureAsync();

        var province = Target(await _host.ProgressAsync("56"), "S");
        Assert.Equal(4 + 2 + 3 + 1 + 5, province["actual"].Number()); // every level counts
        Assert.Equal(100, province["goal"].Number()); // the plan's goal at the issuing unit
        Assert.Equal(15, province["percent"].Number());
        Assert.Equal("BEHIND", province["status"]!.GetValue<string>()); // 15% with the whole year elapsed
        Assert.Equal(2 + 3 + 1, Child(province, "568")["actual"].Number());
        Assert.Equal(5, Child(province, "569")["actual"].Number());
        Assert.Equal(0, Child(province, "570")["actual"].Number());

        var district = Target(await _host.ProgressAsync("568"), "S");
        Assert.Equal(6, district["actual"].Number());
        Assert.Equal(0, district["goal"].Number()); // nothing allocated yet
        Assert.NotNull(district["note"]);
        Assert.Equal(3, Child(district, "22327")["actual"].Number());
    }

    [Fact]
    public async Task Ratio_is_the_sum_of_numerators_over_the_sum_of_denominators_never_an_average()
    {
        await ReportFixtureAsync();

        var province = Target(await _host.ProgressAsync("56"), "R");
        Assert.Equal(15, province["numerator"].Number());
        Assert.Equal(4 + 2 + 4 + 1 + 10, province["denominator"].Number());
        Assert.Equal(71.4286, province["actual"].Number()); // 100 × 15 / 21; the average of the five percentages would be 82.5
        Assert.Equal(89.29, province["percent"].Number()); // 71.4286 / 80
        Assert.False(province["achieved"]!.GetValue<bool>());

        var ninhHoa = Target(await _host.ProgressAsync("569"), "R");
        Assert.Equal(50, ninhHoa["actual"].Number()); // 5 / 10

        // RD applies to districts only: their own records count, not their communes' or the province's.
        var districtsOnly = Target(await _host.ProgressAsync("56"), "RD");
        Assert.Equal(2, districtsOnly["numerator"].Number());
        Assert.Equal(2, districtsOnly["denominator"].Number());
        Assert.True(districtsOnly["achieved"]!.GetValue<bool>());
        Assert.Equal(0, Child(districtsOnly, "569")["actual"].Number()); // no denominator at Cam Ranh: nothing to measure yet
    }

    [Fact]
    public async Task Coverage_counts_applicable_units_meeting_the_threshold()
    {
        await ReportFixtureAsync();

        var province = Target(await _host.ProgressAsync("56"), "C");
        Assert.Equal(132, province["unitsCounted"].Number()); // every base union
        Assert.Equal(2, province["unitsMeeting"].Number()); // 22327 (3) and 22408 (5) reach 2
        Assert.Equal(1.5152, province["actual"].Number()); // 100 × 2 / 132
        Assert.Equal(22, Child(province, "568")["unitsCounted"].Number());
        Assert.Equal(1, Child(province, "568")["unitsMeeting"].Number());
        Assert.Equal(15, Child(province, "569")["unitsCounted"].Number());

        // CP: done over population must reach 60%: 22327 has 3/5 = 60%; 22330 10%, 22408 50%; the rest report no population.
        var percentage = Target(await _host.ProgressAsync("56"), "CP");
        Assert.Equal(1, percentage["unitsMeeting"].Number());
        Assert.Equal(132, percentage["unitsCounted"].Number());
    }

    [Fact]
    public async Task A_unit_with_the_module_off_neither_counts_for_nor_against_coverage_and_refuses_writes()
    {
        await ReportFixtureAsync();
        await _host.Admin.DataAsync("""mutation { switchModule(unitCode: "22330", moduleKey: "party", enabled: false, effectiveFrom: "2025-06-01") { code } }""");

        var after = Target(await _host.ProgressAsync("568"), "C");
        Assert.Equal(21, after["unitsCounted"].Number());
        Assert.Equal(1, after["unitsMeeting"].Number());

        // The switch is dated: progress as of before it is unchanged.
        var before = Target(await _host.ProgressAsync("568", "2025-05-31"), "C");
        Assert.Equal(22, before["unitsCounted"].Number());

        var refused = await _host.Admin.ErrorAsync(
            "mutation { reportValue(input: {indicator: \"test.done\", unitCode: \"22330\", periodStart: \"2025-07-01\", periodEnd: \"2025-07-31\", value: 9}) { value } }");
        Assert.Equal("MODULE_OFF", refused.Code);
        Assert.Equal(1, Target(await _host.ProgressAsync("22330"), "S")["actual"].Number());

        // A descendant can switch it back on for itself.
        var unit = await _host.Admin.DataAsync("""{ unit(code: "22330") { modules(on: "2025-07-01") { key } } }""");
        Assert.DoesNotContain(unit["unit"]!["modules"]!.AsArray(), m => m!["key"]!.GetValue<string>() == "party");
    }

    [Fact]
    public async Task Milestones_are_done_or_not_at_the_levels_they_apply_to()
    {
        var open = Target(await _host.ProgressAsync("56"), "M");
        Assert.Equal(1, open["goal"].Number());
        Assert.Equal(0, open["actual"].Number());
        Assert.Equal("BEHIND", open["status"]!.GetValue<string>()); // due 20/10, still open on 31/12
        Assert.Equal("NOT_STARTED", Target(await _host.ProgressAsync("56", "2025-09-30"), "M")["status"]!.GetValue<string>());

        await _host.Admin.DataAsync("""mutation { completeMilestone(planCode: "TEST/2025", targetCode: "M", unitCode: "56", completedOn: "2025-10-01") { completedOn } }""");

        var done = Target(await _host.ProgressAsync("56"), "M");
        Assert.True(done["achieved"]!.GetValue<bool>());
        Assert.Equal("ACHIEVED", done["status"]!.GetValue<string>());
        Assert.False(Target(await _host.ProgressAsync("568"), "M")["applicable"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Allocated_goals_are_what_a_unit_is_measured_against_and_mismatches_are_flagged()
    {
        await ReportFixtureAsync();
        await Allocate("568", 40);
        await Allocate("569", 30);

        var province = Target(await _host.ProgressAsync("56"), "S");
        Assert.True(province["allocationMismatch"]!.GetValue<bool>()); // 40 + 30 ≠ 100
        Assert.Equal(40, Child(province, "568")["goal"].Number());

        var district = Target(await _host.ProgressAsync("568"), "S");
        Assert.Equal(40, district["goal"].Number());
        Assert.Equal(15, district["percent"].Number()); // 6 / 40

        await Allocate("22327", 10);
        await Allocate("22330", 30);
        Assert.False(Target(await _host.ProgressAsync("568"), "S")["allocationMismatch"]!.GetValue<bool>()); // 10 + 30 = 40
        await Allocate("570", 30);
        Assert.False(Target(await _host.ProgressAsync("56"), "S")["allocationMismatch"]!.GetValue<bool>()); // 40 + 30 + 30 = 100

        Task Allocate(string unit, double goal) => _host.Admin.DataAsync(
            "mutation($unit: String!, $goal: Float!) { allocateGoal(planCode: \"TEST/2025\", targetCode: \"S\", unitCode: $unit, goal: $goal) { goal } }",
            new { unit, goal });
    }

    [Fact]
    public async Task A_value_reported_for_a_commune_shows_in_its_district_and_province_on_the_next_read_and_corrections_keep_history()
    {
        Assert.Equal(0, Target(await _host.ProgressAsync("56"), "S")["actual"].Number());
        await _host.ReportAsync("test.done", "22327", 3);
        Assert.Equal(3, Target(await _host.ProgressAsync("568"), "S")["actual"].Number());
        Assert.Equal(3, Target(await _host.ProgressAsync("56"), "S")["actual"].Number());

        await _host.ReportAsync("test.done", "22327", 7); // a correction of the same period
        Assert.Equal(7, Target(await _host.ProgressAsync("56"), "S")["actual"].Number());

        var history = await _host.Admin.DataAsync("""{ reportedValues(unitCode: "22327", indicator: "test.done") { value supersededAt } }""");
        var values = history["reportedValues"]!.AsArray();
        Assert.Equal(2, values.Count);
        Assert.Equal(7, values[0]!["value"].Number());
        Assert.Null(values[0]!["supersededAt"]);
        Assert.Equal(3, values[1]!["value"].Number());
        Assert.NotNull(values[1]!["supersededAt"]);
    }

    [Theory]
    [InlineData("test.done", "99999", "2025-01-01", "2025-12-31", 1, "NOT_FOUND", "unitCode")]
    [InlineData("test.nothing", "22327", "2025-01-01", "2025-12-31", 1, "NOT_FOUND", "indicator")]
    [InlineData("test.done", "22327", "2025-01-01", "2025-12-31", -1, "VALIDATION", "value")]
    [InlineData("test.done", "22327", "2024-01-01", "2024-12-31", 1, "VALIDATION", "periodStart")]
    [InlineData("test.done", "22327", "2025-12-01", "2026-01-31", 1, "VALIDATION", "periodStart")]
    [InlineData("test.done", "22327", "2025-06-01", "2025-05-01", 1, "VALIDATION", "periodEnd")]
    public async Task Bad_reports_are_refused_with_a_clear_error_and_nothing_is_written(
        string indicator, string unitCode, string start, string end, double value, string code, string field)
    {
        var error = await _host.Admin.ErrorAsync(
            "mutation($input: ReportValueInput!) { reportValue(input: $input) { value } }",
            new { input = new { indicator, unitCode, periodStart = start, periodEnd = end, value } });

        Assert.Equal(code, error.Code);
        Assert.Equal(field, error.Field);
        var written = await _host.Admin.DataAsync("""{ reportedValues(unitCode: "22327") { value } }""");
        Assert.Empty(written["reportedValues"]!.AsArray());
    }

    [Fact]
    public async Task A_parent_is_computed_from_its_children_the_same_way_at_every_level_over_the_whole_tree()
    {
        // Random values at random units (fixed seed, so a failure can be replayed).
        var random = new Random(2025);
        var units = (await _host.Admin.DataAsync("{ units { code } }"))["units"]!.AsArray().Select(u => u!["code"]!.GetValue<string>()).ToList();
        foreach (var unit in units.OrderBy(_ => random.Next()).Take(40))
        {
            await _host.ReportAsync("test.done", unit, random.Next(0, 6));
            await _host.ReportAsync("test.found", unit, random.Next(5, 10));
        }

        var data = await _host.Admin.DataAsync("""
            { plan(code: "TEST/2025") { progress(unitCode: "56") { target { code } unit { code }
                numerator denominator unitsMeeting unitsCounted
                children { unit { code } numerator denominator unitsMeeting unitsCounted
                  children { unit { code } numerator denominator unitsMeeting unitsCounted } } } } }
            """);
        var own = new Dictionary<string, (double Done, double Found)>();
        foreach (var value in (await Task.WhenAll(units.Select(u => _host.Admin.DataAsync(
            "query($u: String!) { reportedValues(unitCode: $u) { indicator value supersededAt } }", new { u })))).Zip(units))
        {
            var current = value.First["reportedValues"]!.AsArray().Where(v => v!["supersededAt"] is null).ToList();
            own[value.Second] = (
                current.Where(v => v!["indicator"]!.GetValue<string>() == "test.done").Sum(v => v!["value"].Number()),
                current.Where(v => v!["indicator"]!.GetValue<string>() == "test.found").Sum(v => v!["value"].Number()));
        }

        foreach (var target in data["plan"]!["progress"]!.AsArray())
        {
            var code = target!["target"]!["code"]!.GetValue<string>();
            Check(target, code, level: 0);
        }

        void Check(JsonNode node, string code, int level)
        {
            if (node["children"] is not JsonArray { Count: > 0 } children)
            {
                return; // a base union (its branches roll into it) or the deepest level asked for
            }

            var unit = node["unit"]!["code"]!.GetValue<string>();
            var (done, found) = own[unit];
            switch (code)
            {
                case "S" or "R": // province, district and base all count their own records
                    Assert.Equal(done + children.Sum(c => c!["numerator"].Number()), node["numerator"].Number());
                    break;
                case "C" or "CP": // only base unions are counted
                    Assert.Equal(children.Sum(c => c!["unitsCounted"].Number()), node["unitsCounted"].Number());
                    Assert.Equal(children.Sum(c => c!["unitsMeeting"].Number()), node["unitsMeeting"].Number());
                    break;
                case "RD" when level == 0: // districts only: the province's own records do not count
                    Assert.Equal(children.Sum(c => c!["denominator"].Number()), node["denominator"].Number());
                    break;
            }

            if (code == "R")
            {
                Assert.Equal(found + children.Sum(c => c!["denominator"].Number()), node["denominator"].Number());
            }

            foreach (var child in children)
            {
                Check(child!, code, level + 1);
            }
        }
    }
}
