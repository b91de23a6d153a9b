using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Host.Tests;

/// <summary>The audit trail: every core write leaves who, when, unit, what, before and after; managers read their subtree only.</summary>
public sealed class AuditTrailTests : IDisposable
{
    private const string Trail = """
        query($unitCode: String, $moduleKey: String, $user: String, $from: Date, $to: Date, $skip: Int, $take: Int) {
          auditTrail(unitCode: $unitCode, moduleKey: $moduleKey, user: $user, from: $from, to: $to, skip: $skip, take: $take) {
            totalCount skip take
            items { id at user unit { code } moduleKey store action entity entityKey before after }
          }
        }
        """;

    private readonly AccessTestProduct _product = new();

    [Fact]
    public async Task Reported_value_and_its_correction_are_audited_with_before_and_after()
    {
        var reporter = _product.ClientFor("22330", Role.Reporter);
        await reporter.DataAsync(AccessTestProduct.ReportValue("22330", 10));
        await reporter.DataAsync(AccessTestProduct.ReportValue("22330", 12)); // the correction

        var items = await ItemsAsync(_product.ClientFor("56", Role.Admin), new { user = "reporter-22330" });

        Assert.Equal(3, items.Count);
        Assert.All(items, i =>
        {
            Assert.Equal("ReportedValue", i["entity"]!.GetValue<string>());
            Assert.Equal("22330", i["unit"]!["code"]!.GetValue<string>());
            Assert.Equal("organisation", i["moduleKey"]!.GetValue<string>());
            Assert.Equal("core", i["store"]!.GetValue<string>());
        });
        var first = items[^1]; // oldest: the first report
        Assert.Equal("create", first["action"]!.GetValue<string>());
        Assert.Null(first["before"]);
        Assert.Equal(10, Json(first["after"])["Value"].Number());
        var superseded = Assert.Single(items, i => i["action"]!.GetValue<string>() == "update");
        Assert.Equal(10, Json(superseded["before"])["Value"].Number());
        Assert.Null(Json(superseded["before"])["SupersededAt"]);
        Assert.NotNull(Json(superseded["after"])["SupersededAt"]);
        var correction = Assert.Single(items.Take(2), i => i["action"]!.GetValue<string>() == "create");
        Assert.Equal(12, Json(correction["after"])["Value"].Number());
        Assert.Equal("reporter-22330", Json(correction["after"])["RecordedBy"]!.GetValue<string>());
    }

    [Fact]
    public async Task Module_switch_is_audited_with_before_and_after()
    {
        var manager = _product.ClientFor("568", Role.Manager);
        await manager.DataAsync("""mutation { switchModule(unitCode: "22330", moduleKey: "family", enabled: false, effectiveFrom: "2025-01-01") { code } }""");
        await manager.DataAsync("""mutation { switchModule(unitCode: "22330", moduleKey: "family", enabled: true, effectiveFrom: "2025-01-01") { code } }""");

        var items = await ItemsAsync(manager, new { moduleKey = "family", user = "manager-568" });

        Assert.Equal(2, items.Count);
        Assert.Equal(["update", "create"], items.Select(i => i["action"]!.GetValue<string>()));
        Assert.All(items, i => Assert.Equal("ModuleSwitch", i["entity"]!.GetValue<string>()));
        Assert.False(Json(items[1]["after"])["Enabled"]!.GetValue<bool>());
        Assert.False(Json(items[0]["before"])["Enabled"]!.GetValue<bool>());
        Assert.True(Json(items[0]["after"])["Enabled"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Goal_allocation_is_audited_with_before_and_after()
    {
        var manager = _product.ClientFor("568", Role.Manager);
        await manager.DataAsync("""mutation { allocateGoal(planCode: "223/KH-BTV", targetCode: "2.2a", unitCode: "22330", goal: 30) { goal } }""");
        await manager.DataAsync("""mutation { allocateGoal(planCode: "223/KH-BTV", targetCode: "2.2a", unitCode: "22330", goal: 35) { goal } }""");

        var items = await ItemsAsync(manager, new { unitCode = "22330", user = "manager-568" });

        Assert.Equal(["update", "create"], items.Select(i => i["action"]!.GetValue<string>()));
        Assert.All(items, i => Assert.Equal("GoalAllocation", i["entity"]!.GetValue<string>()));
        Assert.Equal(30, Json(items[1]["after"])["Goal"].Number());
        Assert.Equal(30, Json(items[0]["before"])["Goal"].Number());
        Assert.Equal(35, Json(items[0]["after"])["Goal"].Number());
    }

    [Fact]
    public async Task Target_change_is_audited_and_shown_to_province_admins_only()
    {
        var admin = _product.ClientFor("56", Role.Admin);
        await admin.DataAsync("""mutation { updateTarget(planCode: "223/KH-BTV", code: "2.2a", input: { goal: 1200 }) { goal } }""");

        var item = Assert.Single(await ItemsAsync(admin, new { user = "admin-56" }));
        var byProvinceManager = await ItemsAsync(_product.ClientFor("56", Role.Manager), new { user = "admin-56" });
        var byDistrictManager = await ItemsAsync(_product.ClientFor("568", Role.Manager), new { user = "admin-56" });

        Assert.Equal("Target", item["entity"]!.GetValue<string>());
        Assert.Equal("update", item["action"]!.GetValue<string>());
        Assert.Null(item["unit"]);
        Assert.Equal(1100, Json(item["before"])["Goal"].Number());
        Assert.Equal(1200, Json(item["after"])["Goal"].Number());
        Assert.Empty(byProvinceManager);
        Assert.Empty(byDistrictManager);
    }

    [Fact]
    public async Task Unit_changes_are_audited_with_before_and_after()
    {
        var admin = _product.ClientFor("56", Role.Admin);
        await admin.DataAsync("""mutation { addUnit(input: { code: "99001", placeName: "Xã Mới", level: BASE, parentCode: "568", validFrom: "2025-01-01" }) { code } }""");
        await admin.DataAsync("""mutation { renameUnit(code: "99001", name: "Hội LHPN Xã Mới Đổi Tên") { name } }""");
        await admin.DataAsync("""mutation { closeUnit(code: "99001", validTo: "2025-06-30") { code } }""");

        // The district's manager sees the changes of a unit in her district.
        var items = await ItemsAsync(_product.ClientFor("568", Role.Manager), new { unitCode = "99001" });

        Assert.Equal(["update", "update", "create"], items.Select(i => i["action"]!.GetValue<string>()));
        Assert.All(items, i => Assert.Equal("Unit", i["entity"]!.GetValue<string>()));
        Assert.All(items, i => Assert.Equal("admin-56", i["user"]!.GetValue<string>()));
        Assert.Equal("99001", Json(items[2]["after"])["Code"]!.GetValue<string>());
        Assert.Equal("Hội LHPN Xã Mới", Json(items[1]["before"])["Name"]!.GetValue<string>());
        Assert.Equal("Hội LHPN Xã Mới Đổi Tên", Json(items[1]["after"])["Name"]!.GetValue<string>());
        Assert.Null(Json(items[0]["before"])["ValidTo"]);
        Assert.Equal("2025-06-30", Json(items[0]["after"])["ValidTo"]!.GetValue<string>());
    }

    [Fact]
    public async Task Milestone_completion_is_audited()
    {
        await _product.ClientFor("56", Role.Reporter).DataAsync(
            """mutation { completeMilestone(planCode: "223/KH-BTV", targetCode: "5.2", unitCode: "56", completedOn: "2025-05-01", note: "Đã tổ chức") { completedOn } }""");

        var item = Assert.Single(await ItemsAsync(_product.ClientFor("56", Role.Manager), new { user = "reporter-56" }));

        Assert.Equal("MilestoneCompletion", item["entity"]!.GetValue<string>());
        Assert.Equal("Đã tổ chức", Json(item["after"])["Note"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(Role.Viewer)]
    [InlineData(Role.Reporter)]
    public async Task Viewers_and_reporters_cannot_read_the_audit_trail(Role role)
    {
        var response = await _product.ClientFor("22330", role).SendAsync(Trail, new { unitCode = "22330" });

        AccessTestProduct.AssertRefusedBeforeExecution(response);
    }

    [Fact]
    public async Task District_manager_sees_only_her_subtree()
    {
        await _product.ClientFor("22330", Role.Reporter).DataAsync(AccessTestProduct.ReportValue("22330", 1));
        await _product.ClientFor("22408", Role.Reporter).DataAsync(AccessTestProduct.ReportValue("22408", 2));
        await _product.ClientFor("56", Role.Admin).DataAsync(AccessTestProduct.ReportValue("56", 3));
        var manager = _product.ClientFor("568", Role.Manager);
        var district = await manager.DataAsync("""{ unit(code: "568") { code children(includeClosed: true) { code } } }""");
        var subtree = district["unit"]!["children"]!.AsArray().Select(c => c!["code"]!.GetValue<string>()).Append("568").ToHashSet();

        var page = (await manager.DataAsync(Trail, new { take = 200 }))["auditTrail"]!;
        var items = page["items"]!.AsArray();

        Assert.Equal(items.Count, page["totalCount"].Number()); // the count tells nothing about other districts either
        Assert.All(items, i => Assert.Contains(i!["unit"]!["code"]!.GetValue<string>(), subtree));
        Assert.Contains(items, i => i!["user"]!.GetValue<string>() == "reporter-22330");
        Assert.DoesNotContain(items, i => i!["user"]!.GetValue<string>() is "reporter-22408" or "admin-56");
    }

    [Theory]
    [InlineData("569")] // a sibling district
    [InlineData("22408")] // a commune of the sibling district
    [InlineData("56")] // the province above her
    public async Task District_manager_cannot_ask_for_units_outside_her_subtree(string unitCode)
    {
        await _product.ClientFor("22408", Role.Reporter).DataAsync(AccessTestProduct.ReportValue("22408", 2));

        var response = await _product.ClientFor("568", Role.Manager).SendAsync(Trail, new { unitCode });

        Assert.Equal("FORBIDDEN", Assert.Single(response.Errors).Code);
        Assert.DoesNotContain("reporter-22408", response.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trail_filters_by_unit_module_user_and_date_and_pages_newest_first()
    {
        var reporter = _product.ClientFor("22330", Role.Reporter);
        for (var value = 1; value <= 4; value++)
        {
            await reporter.DataAsync(AccessTestProduct.ReportValue("22330", value));
        }

        await _product.ClientFor("22327", Role.Reporter).DataAsync(AccessTestProduct.ReportValue("22327", 9));
        var admin = _product.ClientFor("56", Role.Admin);
        var today = DateOnly.FromDateTime(DateTime.Now);

        // 4 reports at 22330: 4 creates and 3 supersessions.
        var all = await ItemsAsync(admin, new { unitCode = "22330", user = "reporter-22330", moduleKey = "organisation" });
        var page = (await admin.DataAsync(Trail, new { unitCode = "22330", user = "reporter-22330", skip = 2, take = 3 }))["auditTrail"]!;
        var otherModule = await ItemsAsync(admin, new { unitCode = "22330", moduleKey = "family" });
        var otherUser = await ItemsAsync(admin, new { unitCode = "22330", user = "reporter-22327" });
        var untilYesterday = await ItemsAsync(admin, new { user = "reporter-22330", to = today.AddDays(-1).ToString("yyyy-MM-dd") });
        var fromToday = await ItemsAsync(admin, new { user = "reporter-22330", from = today.ToString("yyyy-MM-dd"), to = today.ToString("yyyy-MM-dd") });

        Assert.Equal(7, all.Count);
        Assert.True(all.Zip(all.Skip(1)).All(p => DateTimeOffset.Parse(p.First["at"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)
            >= DateTimeOffset.Parse(p.Second["at"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(7, page["totalCount"].Number());
        Assert.Equal(all.Skip(2).Take(3).Select(i => i["id"]!.GetValue<string>()), page["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()));
        Assert.Empty(otherModule);
        Assert.Empty(otherUser);
        Assert.Empty(untilYesterday);
        Assert.Equal(7, fromToday.Count);
    }

    [Fact]
    public async Task Entries_of_every_store_are_merged_newest_first_and_paged_across_stores()
    {
        await _product.ClientFor("22330", Role.Reporter).DataAsync(AccessTestProduct.ReportValue("22330", 1));
        var now = DateTimeOffset.UtcNow;
        // What the modules' stores would hold after their own writes: one older, one newer than the core's entry.
        await AppendEntryAsync("organisation", now.AddHours(-1), "reporter-22330", "22330", "Member");
        await AppendEntryAsync("family", now.AddHours(1), "reporter-22330", "22330", "Household");
        await AppendEntryAsync("family", now.AddHours(2), "reporter-22408", "22408", "Household");
        var manager = _product.ClientFor("568", Role.Manager);

        var all = await ItemsAsync(manager, new { user = "reporter-22330" });
        var second = (await manager.DataAsync(Trail, new { user = "reporter-22330", skip = 1, take = 1 }))["auditTrail"]!;
        var sibling = await ItemsAsync(manager, new { user = "reporter-22408" });

        Assert.Equal(["family", "core", "organisation"], all.Select(i => i["store"]!.GetValue<string>()));
        Assert.Equal(["Household", "ReportedValue", "Member"], all.Select(i => i["entity"]!.GetValue<string>()));
        Assert.Equal(3, second["totalCount"].Number());
        Assert.Equal("core", Assert.Single(second["items"]!.AsArray())!["store"]!.GetValue<string>());
        Assert.Empty(sibling);
    }

    [Fact]
    public async Task Audit_entries_cannot_be_changed_or_deleted_through_the_api()
    {
        var data = await _product.ClientFor("56", Role.Admin).DataAsync("""
            { __schema {
                mutationType { fields { name type { name ofType { name ofType { name } } } args { name type { name ofType { name } } } } }
                types { name kind }
            } }
            """);

        var fields = data["__schema"]!["mutationType"]!["fields"]!.AsArray();
        Assert.NotEmpty(fields);
        Assert.DoesNotContain(fields, f => f!["name"]!.GetValue<string>().Contains("audit", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(fields, f => f!["type"]!.ToJsonString().Contains("Audit", StringComparison.Ordinal));
        Assert.DoesNotContain(fields, f => f!["args"]!.ToJsonString().Contains("Audit", StringComparison.Ordinal));
        Assert.DoesNotContain(
            data["__schema"]!["types"]!.AsArray(),
            t => t!["kind"]!.GetValue<string>() == "INPUT_OBJECT" && t["name"]!.GetValue<string>().Contains("Audit", StringComparison.OrdinalIgnoreCase));
    }

    private static async Task<List<JsonNode>> ItemsAsync(GraphQLClient client, object variables)
    {
        var data = await client.DataAsync(Trail, variables);
        return data["auditTrail"]!["items"]!.AsArray().Select(i => i!).ToList();
    }

    private async Task AppendEntryAsync(string store, DateTimeOffset at, string user, string unitCode, string entity)
    {
        await using var core = new SqliteConnection($"Data Source={Path.Combine(_product.DataDirectory, "core.db")}");
        await core.OpenAsync();
        await using var find = new SqliteCommand("SELECT Id FROM units WHERE Code = $code", core);
        find.Parameters.AddWithValue("$code", unitCode);
        var unitId = (long)(await find.ExecuteScalarAsync())!;

        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_product.DataDirectory, store + ".db")}");
        await connection.OpenAsync();
        await using var insert = new SqliteCommand(
            "INSERT INTO audit_entries (At, UserName, UnitId, ModuleKey, Action, Entity, EntityKey, Before, After) VALUES ($at, $user, $unit, $module, 'create', $entity, '1', NULL, '{}')",
            connection);
        insert.Parameters.AddWithValue("$at", new DateTimeOffsetToBinaryConverter().ConvertToProvider(at)!);
        insert.Parameters.AddWithValue("$user", user);
        insert.Parameters.AddWithValue("$unit", unitId);
        insert.Parameters.AddWithValue("$module", store);
        insert.Parameters.AddWithValue("$entity", entity);
        await insert.ExecuteNonQueryAsync();
    }

    private static JsonNode Json(JsonNode? text) => JsonNode.Parse(text!.GetValue<string>())!;

    public void Dispose() => _product.Dispose();
}
