using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Modules.Family.Tests;

/// <summary>
/// Victim cases are the most sensitive records: only the reporters and managers of the record's own unit may read or
/// write them. Everyone else — viewers of that unit, managers of the units above, reporters of other communes — is
/// refused or sees nothing, through lists, single records and nested fields; the counts still reach progress.
/// </summary>
public sealed class VictimCaseAccessTests : IDisposable
{
    private const string Single = "query($id: ID!) { family { victimCase(id: $id) { id caseCode kind ageGroup foundOn supports unit { code name } } } }";
    private const string List = "query($unit: String) { family { victimCases(unitCode: $unit) { totalCount items { id caseCode supports unit { code } } } } }";

    private readonly ProductFactory _factory = new();

    [Fact]
    public async Task Only_the_units_own_reporters_and_managers_read_its_victim_cases()
    {
        var reporter = _factory.ClientFor("22327", Role.Reporter);
        var id = await reporter.CreateAsync("VictimCase", Case("22327", "VH-BL-07", "COUNSELLING"));
        await reporter.CreateAsync("VictimCase", Case("22327", "VH-MB-02"));
        var otherId = await _factory.ClientFor("22330", Role.Reporter).CreateAsync("VictimCase", Case("22330", "VHAI-01", "SHELTER"));

        // The unit's own reporter and manager see both of its cases, nested unit included, and nothing of 22330.
        foreach (var own in new[] { reporter, _factory.ClientFor("22327", Role.Manager) })
        {
            var list = (await own.DataAsync(List, new { unit = (string?)null }))["family"]!["victimCases"]!;
            Assert.Equal(2, list["totalCount"].Number());
            Assert.All(list["items"]!.AsArray(), c => Assert.Equal("22327", c!["unit"]!["code"]!.GetValue<string>()));
            var single = (await own.DataAsync(Single, new { id }))["family"]!["victimCase"]!;
            Assert.Equal("VH-BL-07", single["caseCode"]!.GetValue<string>());
            Assert.Equal("22327", single["unit"]!["code"]!.GetValue<string>());
            Assert.Equal(["COUNSELLING"], single["supports"]!.AsArray().Select(s => s!.GetValue<string>()));
        }

        // Its own reporter filters by support and kind.
        const string Filtered = "query($supported: Boolean, $kind: FamilyVictimKind) { family { victimCases(supported: $supported, kind: $kind) { items { caseCode } } } }";
        var waiting = (await reporter.DataAsync(Filtered, new { supported = false }))["family"]!["victimCases"]!["items"]!.AsArray();
        Assert.Equal(["VH-MB-02"], waiting.Select(c => c!["caseCode"]!.GetValue<string>()));
        var violence = (await reporter.DataAsync(Filtered, new { kind = "DOMESTIC_VIOLENCE" }))["family"]!["victimCases"]!["items"]!.AsArray();
        Assert.Equal(2, violence.Count);

        // A viewer of the unit itself: refused outright.
        var viewer = _factory.ClientFor("22327", Role.Viewer);
        await AssertRefused(viewer, List, new { unit = "22327" }, "FORBIDDEN");
        await AssertRefused(viewer, Single, new { id }, "FORBIDDEN");

        // Managers above (district, province admin) and a reporter of another commune: lists show nothing of 22327,
        // single records answer as missing, nested fields never run.
        foreach (var outsider in new[] { _factory.ClientFor("568", Role.Manager), _factory.ClientFor("56", Role.Admin) })
        {
            foreach (var unit in new[] { null, "22327" })
            {
                var response = await outsider.SendAsync(List, new { unit });
                Assert.Empty(response.Errors);
                Assert.Equal(0, response.Data!["family"]!["victimCases"]!["totalCount"].Number());
                Assert.DoesNotContain("VH-BL-07", response.Text, StringComparison.Ordinal);
            }

            await AssertRefused(outsider, Single, new { id }, "NOT_FOUND");
        }

        var neighbour = _factory.ClientFor("22330", Role.Reporter);
        await AssertRefused(neighbour, List, new { unit = "22327" }, "FORBIDDEN");
        await AssertRefused(neighbour, Single, new { id }, "NOT_FOUND");
        var own330 = (await neighbour.DataAsync(List, new { unit = (string?)null }))["family"]!["victimCases"]!;
        Assert.Equal(1, own330["totalCount"].Number());
        Assert.Equal(otherId, own330["items"]![0]!["id"]!.ToString());

        // The counts still reach progress for everyone, a province viewer included: 3 found, 2 supported.
        var progress = await _factory.ClientFor("56", Role.Viewer).ProgressAsync("56");
        Assert.Equal(3, progress["2.3"]["denominator"].Number());
        Assert.Equal(2, progress["2.3"]["numerator"].Number());
    }

    [Fact]
    public async Task Nobody_outside_the_unit_writes_its_victim_cases_or_learns_them_through_a_write()
    {
        var id = await _factory.ClientFor("22327", Role.Reporter).CreateAsync("VictimCase", Case("22327", "VH-BL-07"));
        const string Update = "mutation($id: ID!, $input: FamilyVictimCaseInput!) { family { updateVictimCase(id: $id, input: $input) { caseCode supports } } }";
        const string Delete = "mutation($id: ID!) { family { deleteVictimCase(id: $id) } }";

        // A district reporter may write the commune's other records, but not its victim cases.
        var district = _factory.ClientFor("568", Role.Reporter);
        var created = await district.CreateErrorAsync("VictimCase", Case("22327", "VH-BL-08"));
        Assert.Equal("FORBIDDEN", created.Code);
        Assert.Equal("unitCode", created.Field);
        await AssertRefused(district, Update, new { id, input = Case("22327", "VH-BL-07", "SHELTER") }, "NOT_FOUND");
        await AssertRefused(district, Delete, new { id }, "NOT_FOUND");

        // The unit's own reporter cannot move a case to another unit, and a viewer of the unit cannot write.
        await AssertRefused(_factory.ClientFor("22327", Role.Reporter), Update, new { id, input = Case("22330", "VH-BL-07") }, "FORBIDDEN");
        await AssertRefused(_factory.ClientFor("22327", Role.Viewer), Delete, new { id }, "FORBIDDEN");

        // Nothing changed: one case, still without support.
        var single = (await _factory.ClientFor("22327", Role.Manager).DataAsync(Single, new { id }))["family"]!["victimCase"]!;
        Assert.Empty(single["supports"]!.AsArray());
        Assert.Equal(1, await _factory.ClientFor("22327", Role.Reporter).CountAsync("victimCases", "22327"));

        // Its own manager may delete it.
        await _factory.ClientFor("22327", Role.Manager).DataAsync(Delete, new { id });
        Assert.Equal(0, await _factory.ClientFor("22327", Role.Reporter).CountAsync("victimCases", "22327"));
    }

    private static object Case(string unit, string caseCode, params string[] supports) =>
        new { unitCode = unit, caseCode, kind = "DOMESTIC_VIOLENCE", ageGroup = "UNDER_16", foundOn = "2025-04-01", supports };

    private static async Task AssertRefused(GraphQLClient client, string query, object variables, string code)
    {
        var response = await client.SendAsync(query, variables);
        Assert.NotEmpty(response.Errors);
        Assert.Equal(code, response.Errors[0].Code);
        Assert.DoesNotContain("VH-BL-07", response.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("VHAI-01", response.Text, StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();
}
