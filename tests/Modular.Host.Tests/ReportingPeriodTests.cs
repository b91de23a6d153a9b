using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Host.Tests;

public sealed class ReportingPeriodTests
{
    [Fact]
    public async Task A_plan_starts_with_six_months_nine_months_and_the_year_each_due_five_days_after_it_ends()
    {
        using var product = new ReportingProduct(new DateOnly(2025, 7, 2));
        var viewer = product.ClientFor("22736", Role.Viewer);
        var data = await viewer.DataAsync("""{ plan(code: "223/KH-BTV") { reportingPeriods { code name start end dueDate } } }""");
        Assert.Equal(
            """[{"code":"6T","name":"6 tháng đầu năm 2025","start":"2025-01-01","end":"2025-06-30","dueDate":"2025-07-05"},{"code":"9T","name":"9 tháng năm 2025","start":"2025-01-01","end":"2025-09-30","dueDate":"2025-10-05"},{"code":"NAM","name":"Năm 2025","start":"2025-01-01","end":"2025-12-31","dueDate":"2026-01-05"}]""",
            data["plan"]!["reportingPeriods"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public async Task A_commune_report_walks_through_submit_approve_unlock_accept_and_return_and_locks_every_write_path()
    {
        using var product = new ReportingProduct(new DateOnly(2025, 6, 20));
        await ReportingScenario.RunAsync(product);
    }

    [Fact]
    public async Task Completeness_and_timeliness_count_the_units_in_force_on_the_last_day_with_the_module_on_and_roll_up_the_tree()
    {
        using var product = new ReportingProduct(ReportingScenario.CompletenessStart);
        await ReportingScenario.CompletenessAsync(product);
    }

    [Fact]
    public async Task Reminders_list_what_is_due_or_overdue_in_the_callers_subtree()
    {
        using var product = new ReportingProduct(new DateOnly(2025, 7, 3));
        const string Query = """
            { reportReminders { totalCount items { kind unit { code } moduleKey planCode period { code } state overdue daysOverdue } } }
            """;
        var reporter = product.ClientFor("22736", Role.Reporter);
        var reminders = (await reporter.DataAsync(Query))["reportReminders"]!;
        Assert.Equal(4, reminders["totalCount"]!.GetValue<int>()); // the six-month report of each module; the others have not ended
        Assert.All(reminders["items"]!.AsArray(), r =>
            Assert.Equal(("SUBMIT", "22736", "6T", false, 0), (ReportingScenario.Text(r!["kind"]), ReportingScenario.Text(r["unit"]!["code"]), ReportingScenario.Text(r["period"]!["code"]), r["overdue"]!.GetValue<bool>(), r["daysOverdue"]!.GetValue<int>())));

        await reporter.DataAsync(ReportingScenario.Step("submitReport"), ReportingScenario.Input("economy", null, "22736"));
        Assert.Equal(3, (await reporter.DataAsync(Query))["reportReminders"]!["totalCount"]!.GetValue<int>());

        // The district's manager: her own 4 reports and her 3 communes' (4 + 3 + 4 + 4 = 15) to send, then the one to approve.
        var manager = (await product.ClientFor("576", Role.Manager).DataAsync(Query))["reportReminders"]!;
        Assert.Equal(16, manager["totalCount"]!.GetValue<int>());
        var last = manager["items"]!.AsArray().Last()!;
        Assert.Equal(("APPROVE", "22736", "economy", "SUBMITTED"), (ReportingScenario.Text(last["kind"]), ReportingScenario.Text(last["unit"]!["code"]), ReportingScenario.Text(last["moduleKey"]), ReportingScenario.Text(last["state"])));

        // On 08/07 the reports not sent are 3 days overdue.
        product.Clock.Set(new DateOnly(2025, 7, 8));
        var overdue = (await reporter.DataAsync(Query))["reportReminders"]!["items"]![0]!;
        Assert.Equal((true, 3), (overdue["overdue"]!.GetValue<bool>(), overdue["daysOverdue"]!.GetValue<int>()));
    }

    [Fact]
    public async Task After_the_July_2025_reorganisation_the_year_expects_the_new_communes_and_not_the_closed_units()
    {
        using var product = new ReportingProduct(new DateOnly(2026, 1, 10), new Dictionary<string, string?> { ["Seed:Reorganisation2025"] = "Applied" });
        var viewer = product.ClientFor("56", Role.Viewer);
        const string Query = """
            query($period: String!) { reportingCompleteness(planCode: "223/KH-BTV", periodCode: $period, moduleKey: "economy", unitCode: "56") { expected children { unit { code } } } }
            """;

        // The year ends on 31/12: the 65 communes of the new province report, the districts and the 194 old communes closed on 30/06.
        var year = (await viewer.DataAsync(Query, new { period = "NAM" }))["reportingCompleteness"]!;
        Assert.Equal(65, year["expected"]!.GetValue<int>());
        Assert.Contains(year["children"]!.AsArray(), c => ReportingScenario.Text(c!["unit"]!["code"]) == "22333");

        // The first half ends on 30/06: Khánh Hòa's 9 districts and 132 communes of then (Ninh Thuận had its own province).
        Assert.Equal(141, (await viewer.DataAsync(Query, new { period = "6T" }))["reportingCompleteness"]!["expected"]!.GetValue<int>());

        // A code is read on the period's last day: 22333 is Bắc Nha Trang for the year, Vĩnh Phước for the first half.
        var reporter = product.ClientFor("22333", Role.Reporter);
        var report = await reporter.DataAsync("""{ y: periodReport(planCode: "223/KH-BTV", periodCode: "NAM", unitCode: "22333", moduleKey: "economy") { unit { name } state } h: periodReport(planCode: "223/KH-BTV", periodCode: "6T", unitCode: "22333", moduleKey: "economy") { unit { name } } }""");
        Assert.Equal(("Hội LHPN Phường Bắc Nha Trang", "NOT_SUBMITTED", "Hội LHPN Phường Vĩnh Phước"), (ReportingScenario.Text(report["y"]!["unit"]!["name"]), ReportingScenario.Text(report["y"]!["state"]), ReportingScenario.Text(report["h"]!["unit"]!["name"])));
    }
}
