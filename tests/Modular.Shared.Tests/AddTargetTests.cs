using System.Text.Json.Nodes;
using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Shared.Tests;

/// <summary>A province admin adds a target to a running plan: it takes the plan's next place, reads its module's figures and is audited.</summary>
public sealed class AddTargetTests : IDisposable
{
    private const string Add = """
        mutation($input: AddTargetInput!) { addTarget(planCode: "223/KH-BTV", input: $input) { code title kind goal levels module { key } } }
        """;

    private readonly ProductFactory _factory = new();

    [Fact]
    public async Task The_new_target_comes_last_counts_its_modules_records_and_is_in_the_audit_trail()
    {
        var admin = _factory.ClientFor("56", Role.Admin, "Lê Thị Quản Trị");
        var input = new
        {
            code = "2.9", title = " Hỗ trợ 50 lượt vay vốn ", section = "II.2", moduleKey = "economy", kind = "SUM",
            indicator = "economy.loans", goal = 50, levels = new[] { "PROVINCE", "DISTRICT", "BASE" }, dueDate = "2025-12-31",
        };

        var added = (await admin.DataAsync(Add, new { input }))["addTarget"]!;

        Assert.Equal(("2.9", "Hỗ trợ 50 lượt vay vốn", "economy"), (added["code"]!.GetValue<string>(), added["title"]!.GetValue<string>(), added["module"]!["key"]!.GetValue<string>()));
        var reporter = _factory.ClientFor("22330", Role.Reporter);
        await reporter.DataAsync(
            """mutation { economy { createLoan(input: { unitCode: "22330", source: SAVINGS_GROUP, borrowerName: "Nguyễn Thị Lan", amount: 5000000, loanedOn: "2025-03-01" }) { id } } }""");
        var targets = (await admin.DataAsync("""{ plan(code: "223/KH-BTV") { targets { code } progress(unitCode: "22330", moduleKey: "economy", asOf: "2025-12-31") { target { code } actual } } }"""))["plan"]!;
        Assert.Equal("2.9", targets["targets"]!.AsArray().Last()!["code"]!.GetValue<string>());
        Assert.Equal(1, Progress(targets, "2.9")["actual"].Number());

        var audit = (await admin.DataAsync("""{ auditTrail(user: "Lê Thị Quản Trị", take: 5) { items { action user entity after } } }"""))["auditTrail"]!["items"]!.AsArray();
        var entry = Assert.Single(audit);
        Assert.Equal(("create", "Target", "Lê Thị Quản Trị"), (entry!["action"]!.GetValue<string>(), entry["entity"]!.GetValue<string>(), entry["user"]!.GetValue<string>()));
        Assert.Contains("economy.loans", entry["after"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_province_admins_add_targets()
    {
        var input = new { code = "2.9", title = "Chỉ tiêu", moduleKey = "economy", kind = "SUM", indicator = "economy.loans", goal = 1, levels = new[] { "BASE" }, dueDate = "2025-12-31" };

        var manager = await _factory.ClientFor("568", Role.Manager).SendAsync(Add, new { input });

        Assert.Equal("FORBIDDEN", manager.Errors.Single().Code);
        var codes = (await _factory.ClientFor("56", Role.Viewer).DataAsync("""{ plan(code: "223/KH-BTV") { targets { code } } }"""))["plan"]!["targets"]!.AsArray();
        Assert.DoesNotContain(codes, c => c!["code"]!.GetValue<string>() == "2.9");
    }

    public void Dispose() => _factory.Dispose();

    private static JsonNode Progress(JsonNode plan, string code) =>
        plan["progress"]!.AsArray().Single(p => p!["target"]!["code"]!.GetValue<string>() == code)!;
}
