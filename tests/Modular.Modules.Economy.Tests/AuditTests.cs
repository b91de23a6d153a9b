using Modular.Shared.Access;
using Modular.Testing;
using static Modular.Modules.Economy.Tests.EconomyApi;

namespace Modular.Modules.Economy.Tests;

/// <summary>The audit trail of the module's records: by the day of writing, or by the records' own days.</summary>
public sealed class AuditTests : IDisposable
{
    private const string Trail = """
        query($from: Date, $to: Date, $recordFrom: Date, $recordTo: Date) {
          auditTrail(unitCode: "568", moduleKey: "economy", from: $from, to: $to, recordFrom: $recordFrom, recordTo: $recordTo) {
            totalCount items { action entity entityKey unit { code } recordFrom recordTo }
          }
        }
        """;

    private readonly ProductFactory _factory = new();

    [Fact]
    public async Task Entries_filter_on_the_records_own_days_as_well_as_on_the_day_of_writing()
    {
        var reporter = _factory.ClientFor("22330", Role.Reporter);
        var february = await reporter.CreateAsync("Loan", Loan("22330", "Nguyễn Thị Hoa", 20_000_000, "2025-02-10"));
        var september = await reporter.CreateAsync("Loan", Loan("22330", "Trần Thị Mai", 30_000_000, "2025-09-20"));
        var manager = _factory.ClientFor("568", Role.Manager);
        var today = DateOnly.FromDateTime(DateTime.Now).ToString("yyyy-MM-dd");

        var firstQuarter = await ItemsAsync(manager, new { recordFrom = "2025-01-01", recordTo = "2025-03-31" });
        var fromJune = await ItemsAsync(manager, new { recordFrom = "2025-06-01" });
        var writtenToday = await ItemsAsync(manager, new { from = today, to = today });
        var writtenToday2025Records = await ItemsAsync(manager, new { from = today, to = today, recordFrom = "2025-01-01", recordTo = "2025-12-31" });
        var lastYear = await ItemsAsync(manager, new { recordTo = "2024-12-31" });

        var only = Assert.Single(firstQuarter);
        Assert.Equal(february, only["entityKey"]!.GetValue<string>());
        Assert.Equal("2025-02-10", only["recordFrom"]!.GetValue<string>());
        Assert.Equal("2025-02-10", only["recordTo"]!.GetValue<string>());
        Assert.Equal(september, Assert.Single(fromJune)["entityKey"]!.GetValue<string>());
        Assert.Equal(2, writtenToday.Count);
        Assert.Equal(2, writtenToday2025Records.Count);
        Assert.Empty(lastYear);
    }

    [Fact]
    public async Task The_records_days_must_run_forwards()
    {
        var error = await _factory.ClientFor("568", Role.Manager).ErrorAsync(Trail, new { recordFrom = "2025-06-01", recordTo = "2025-01-01" });

        Assert.Equal("VALIDATION", error.Code);
        Assert.Equal("recordTo", error.Field);
    }

    public void Dispose() => _factory.Dispose();

    private static async Task<List<System.Text.Json.Nodes.JsonNode>> ItemsAsync(GraphQLClient client, object variables) =>
        (await client.DataAsync(Trail, variables))["auditTrail"]!["items"]!.AsArray().Select(i => i!).ToList();
}
