using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Host.Tests;

/// <summary>
/// What each role may do, over its own unit and the units below it, and that a refusal writes nothing.
/// 22330 and 22327 are communes of district 568 (Nha Trang); 22408 is a commune of district 569 (Cam Ranh).
/// </summary>
public sealed class AccessRoleTests : IDisposable
{
    private const string Progress = """{ plan(code: "223/KH-BTV") { progress(unitCode: "56", asOf: "2025-06-30") { target { code } children { unit { code } } } } }""";

    private readonly AccessTestProduct _product = new();

    [Theory]
    [InlineData(Role.Viewer)]
    [InlineData(Role.Reporter)]
    [InlineData(Role.Manager)]
    public async Task Every_signed_in_role_reads_the_progress_of_any_unit(Role role)
    {
        var data = await _product.ClientFor("22330", role).DataAsync(Progress);

        Assert.NotEmpty(data["plan"]!["progress"]!.AsArray());
    }

    [Fact]
    public async Task Viewer_reads_records_in_her_subtree_but_cannot_write()
    {
        await _product.ClientFor("56", Role.Admin).DataAsync(AccessTestProduct.ReportValue("22330", 40));
        var viewer = _product.ClientFor("568", Role.Viewer);

        var data = await viewer.DataAsync("""{ reportedValues(unitCode: "22330") { value } }""");
        var refused = await viewer.SendAsync(AccessTestProduct.ReportValue("22330", 41));

        Assert.Equal(40, Assert.Single(data["reportedValues"]!.AsArray())!["value"].Number());
        AccessTestProduct.AssertRefusedBeforeExecution(refused);
        Assert.Equal(40, Assert.Single(await _product.ReportedValuesAsync("22330"))!["value"].Number());
    }

    [Theory]
    [InlineData("22327")] // another commune of the same district
    [InlineData("22408")] // a commune of a sibling district
    [InlineData("568")] // her own district
    [InlineData("56")] // the province
    public async Task Viewer_cannot_read_records_outside_her_subtree(string unitCode)
    {
        await _product.ClientFor("56", Role.Admin).DataAsync(AccessTestProduct.ReportValue(unitCode, 777));

        var response = await _product.ClientFor("22330", Role.Viewer).SendAsync(
            "query($u: String!) { reportedValues(unitCode: $u) { value recordedBy } }", new { u = unitCode });

        Assert.Equal("FORBIDDEN", Assert.Single(response.Errors).Code);
        Assert.DoesNotContain("777", response.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("admin-56", response.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reporter_reads_through_aliases_and_fragments_only_inside_her_subtree()
    {
        var admin = _product.ClientFor("56", Role.Admin);
        await admin.DataAsync(AccessTestProduct.ReportValue("22330", 11));
        await admin.DataAsync(AccessTestProduct.ReportValue("22327", 777));

        var response = await _product.ClientFor("22330", Role.Reporter).SendAsync("""
            query { mine: reportedValues(unitCode: "22330") { ...V } theirs: reportedValues(unitCode: "22327") { ...V } }
            fragment V on ReportedValue { value recordedBy unit { code } }
            """);

        Assert.Contains(response.Errors, e => e.Code == "FORBIDDEN");
        Assert.DoesNotContain("777", response.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reporter_writes_records_of_her_own_commune()
    {
        var data = await _product.ClientFor("22330", Role.Reporter).DataAsync(AccessTestProduct.ReportValue("22330", 12));

        Assert.Equal(12, data["reportValue"]!["value"].Number());
        Assert.Equal("reporter-22330", Assert.Single(await _product.ReportedValuesAsync("22330"))!["recordedBy"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("22327")]
    [InlineData("22408")]
    [InlineData("568")]
    [InlineData("56")]
    public async Task Reporter_cannot_write_outside_her_commune(string unitCode)
    {
        var before = await _product.WritesAsync();

        var error = await _product.ClientFor("22330", Role.Reporter).ErrorAsync(AccessTestProduct.ReportValue(unitCode, 5));

        Assert.Equal("FORBIDDEN", error.Code);
        Assert.Empty(await _product.ReportedValuesAsync(unitCode));
        Assert.Equal(before, await _product.WritesAsync());
    }

    [Fact]
    public async Task Reporter_cannot_write_outside_her_commune_through_variables()
    {
        var error = await _product.ClientFor("22330", Role.Reporter).ErrorAsync(
            "mutation($input: ReportValueInput!) { reportValue(input: $input) { id } }",
            new { input = new { indicator = AccessTestProduct.Indicator, unitCode = "22327", periodStart = "2025-01-01", periodEnd = "2025-03-31", value = 5 } });

        Assert.Equal("FORBIDDEN", error.Code);
        Assert.Empty(await _product.ReportedValuesAsync("22327"));
    }

    [Fact]
    public async Task Reporter_aliases_outside_her_subtree_are_refused_and_undo_the_rest_of_the_request()
    {
        var response = await _product.ClientFor("22330", Role.Reporter).SendAsync($$"""
            mutation {
              mine: reportValue(input: { indicator: "{{AccessTestProduct.Indicator}}", unitCode: "22330", periodStart: "2025-01-01", periodEnd: "2025-03-31", value: 1 }) { id }
              theirs: reportValue(input: { indicator: "{{AccessTestProduct.Indicator}}", unitCode: "22327", periodStart: "2025-01-01", periodEnd: "2025-03-31", value: 2 }) { id }
            }
            """);

        Assert.Equal(["FORBIDDEN", "ROLLED_BACK"], response.Errors.Select(e => e.Code));
        Assert.Empty(await _product.ReportedValuesAsync("22330"));
        Assert.Empty(await _product.ReportedValuesAsync("22327"));
    }

    [Theory]
    [InlineData("""mutation { switchModule(unitCode: "22330", moduleKey: "family", enabled: false, effectiveFrom: "2025-01-01") { code } }""")]
    [InlineData("""mutation { allocateGoal(planCode: "223/KH-BTV", targetCode: "2.2a", unitCode: "22330", goal: 3) { goal } }""")]
    [InlineData("""mutation { updateTarget(planCode: "223/KH-BTV", code: "2.2a", input: { goal: 1 }) { goal } }""")]
    [InlineData("""mutation { renameUnit(code: "22330", name: "Tên khác") { name } }""")]
    [InlineData("""mutation { closeUnit(code: "22330", validTo: "2025-06-30") { code } }""")]
    [InlineData("""mutation { addUnit(input: { code: "99001", placeName: "Xã Mới", level: BASE, parentCode: "568", validFrom: "2025-01-01" }) { code } }""")]
    [InlineData("""mutation { copyPlan(code: "223/KH-BTV", newCode: "1/KH-2026", year: 2026) { code } }""")]
    public async Task Reporter_is_refused_manager_and_admin_writes_before_anything_runs(string mutation)
    {
        var before = await _product.WritesAsync();

        var response = await _product.ClientFor("22330", Role.Reporter).SendAsync(mutation);

        AccessTestProduct.AssertRefusedBeforeExecution(response);
        Assert.Equal(before, await _product.WritesAsync());
    }

    [Theory]
    [InlineData("mutation { ...W } fragment W on Mutation { switchModule(unitCode: \"22330\", moduleKey: \"family\", enabled: false, effectiveFrom: \"2025-01-01\") { code } }")]
    [InlineData("mutation { ... on Mutation { s: switchModule(unitCode: \"22330\", moduleKey: \"family\", enabled: false, effectiveFrom: \"2025-01-01\") { code } } }")]
    [InlineData("mutation($skip: Boolean = false) { switchModule(unitCode: \"22330\", moduleKey: \"family\", enabled: false, effectiveFrom: \"2025-01-01\") @skip(if: $skip) { code } }")]
    public async Task Role_checks_see_through_fragments_aliases_and_directives(string mutation)
    {
        var before = await _product.WritesAsync();

        var response = await _product.ClientFor("22330", Role.Reporter).SendAsync(mutation);

        AccessTestProduct.AssertRefusedBeforeExecution(response);
        Assert.Equal(before, await _product.WritesAsync());
    }

    [Fact]
    public async Task A_refused_field_stops_the_whole_document_so_its_allowed_writes_do_not_happen_either()
    {
        var response = await _product.ClientFor("22330", Role.Reporter).SendAsync($$"""
            mutation {
              reportValue(input: { indicator: "{{AccessTestProduct.Indicator}}", unitCode: "22330", periodStart: "2025-01-01", periodEnd: "2025-03-31", value: 1 }) { id }
              switchModule(unitCode: "22330", moduleKey: "family", enabled: false, effectiveFrom: "2025-01-01") { code }
            }
            """);

        AccessTestProduct.AssertRefusedBeforeExecution(response);
        Assert.Empty(await _product.ReportedValuesAsync("22330"));
    }

    [Fact]
    public async Task Reporter_completes_milestones_of_her_unit_only()
    {
        const string Complete = """mutation($u: String!) { completeMilestone(planCode: "223/KH-BTV", targetCode: "5.2", unitCode: $u, completedOn: "2025-05-01") { completedOn } }""";

        var refused = await _product.ClientFor("22330", Role.Reporter).ErrorAsync(Complete, new { u = "56" });
        var byViewer = await _product.ClientFor("56", Role.Viewer).SendAsync(Complete, new { u = "56" });
        var done = await _product.ClientFor("56", Role.Reporter).DataAsync(Complete, new { u = "56" });

        Assert.Equal("FORBIDDEN", refused.Code);
        AccessTestProduct.AssertRefusedBeforeExecution(byViewer);
        Assert.Equal("2025-05-01", done["completeMilestone"]!["completedOn"]!.GetValue<string>());
    }

    [Fact]
    public async Task Manager_switches_modules_and_allocates_goals_inside_her_district_only()
    {
        var manager = _product.ClientFor("568", Role.Manager);

        await manager.DataAsync("""mutation { switchModule(unitCode: "22330", moduleKey: "family", enabled: false, effectiveFrom: "2025-01-01") { code } }""");
        await manager.DataAsync("""mutation { allocateGoal(planCode: "223/KH-BTV", targetCode: "2.2a", unitCode: "22330", goal: 30) { goal } }""");
        await manager.DataAsync(AccessTestProduct.ReportValue("22330", 3)); // a higher role includes the lower ones
        var before = await _product.WritesAsync();
        var sibling = await manager.ErrorAsync("""mutation { switchModule(unitCode: "22408", moduleKey: "family", enabled: false, effectiveFrom: "2025-01-01") { code } }""");
        var province = await manager.ErrorAsync("""mutation { switchModule(unitCode: "56", moduleKey: "family", enabled: false, effectiveFrom: "2025-01-01") { code } }""");
        var ownGoal = await manager.ErrorAsync("""mutation { allocateGoal(planCode: "223/KH-BTV", targetCode: "2.2a", unitCode: "568", goal: 300) { goal } }""");
        var target = await manager.SendAsync("""mutation { updateTarget(planCode: "223/KH-BTV", code: "2.2a", input: { goal: 1 }) { goal } }""");

        Assert.All(new[] { sibling, province, ownGoal }, e => Assert.Equal("FORBIDDEN", e.Code));
        AccessTestProduct.AssertRefusedBeforeExecution(target);
        Assert.Equal(before, await _product.WritesAsync());
        var modules = await manager.DataAsync("""{ unit(code: "22330") { modules(on: "2025-06-30") { key } } }""");
        Assert.DoesNotContain(modules["unit"]!["modules"]!.AsArray(), m => m!["key"]!.GetValue<string>() == "family");
    }

    [Fact]
    public async Task Admin_of_a_district_is_not_a_province_admin()
    {
        var admin = _product.ClientFor("568", Role.Admin);

        await admin.DataAsync("""mutation { switchModule(unitCode: "22330", moduleKey: "family", enabled: false, effectiveFrom: "2025-01-01") { code } }""");
        var refused = await admin.SendAsync("""mutation { renameUnit(code: "22330", name: "Tên khác") { name } }""");

        AccessTestProduct.AssertRefusedBeforeExecution(refused);
        var unit = await admin.DataAsync("""{ unit(code: "22330") { name } }""");
        Assert.Equal("Hội LHPN Phường Vĩnh Hải", unit["unit"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Province_admin_plans_targets_and_units()
    {
        var admin = _product.ClientFor("56", Role.Admin);

        var data = await admin.DataAsync("""
            mutation {
              updateTarget(planCode: "223/KH-BTV", code: "2.2a", input: { goal: 1200 }) { goal }
              copyPlan(code: "223/KH-BTV", newCode: "1/KH-2026", year: 2026) { code }
              addUnit(input: { code: "99001", placeName: "Xã Mới", level: BASE, parentCode: "568", validFrom: "2025-01-01" }) { code }
            }
            """);

        Assert.Equal(1200, data["updateTarget"]!["goal"].Number());
        Assert.Equal("1/KH-2026", data["copyPlan"]!["code"]!.GetValue<string>());
        Assert.Equal("99001", data["addUnit"]!["code"]!.GetValue<string>());
    }

    public void Dispose() => _product.Dispose();
}
