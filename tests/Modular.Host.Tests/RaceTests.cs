using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Host.Tests;

/// <summary>
/// Sixteen identical writes at the same instant: each is answered with the write done or a CONFLICT to retry, never
/// an internal error, and the store keeps one of them (one allocation, one value in force per period).
/// </summary>
[Collection(PostgresFixture.Collection)]
public sealed class RaceTests(PostgresFixture postgres)
{
    private const int Writers = 16;

    public static TheoryData<string> IdenticalWrites => new()
    {
        """mutation { allocateGoal(planCode: "223/KH-BTV", targetCode: "2.2a", unitCode: "22330", goal: 3) { goal } }""",
        """mutation { completeMilestone(planCode: "223/KH-BTV", targetCode: "5.2", unitCode: "56", completedOn: "2025-05-01") { completedOn } }""",
        """mutation { switchModule(unitCode: "22330", moduleKey: "family", enabled: false, effectiveFrom: "2025-01-01") { code } }""",
        AccessTestProduct.ReportValue("22330", 7),
    };

    [Theory]
    [MemberData(nameof(IdenticalWrites))]
    public async Task On_SQLite_identical_writes_at_once_are_done_or_conflict(string mutation)
    {
        using var product = new AccessTestProduct();
        await RaceAsync(product, mutation);
    }

    [SkippableTheory]
    [MemberData(nameof(IdenticalWrites))]
    public async Task On_PostgreSQL_identical_writes_at_once_are_done_or_conflict(string mutation)
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        using var product = new AccessTestProduct(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:Postgres:ConnectionString"] = connectionString,
        });
        await RaceAsync(product, mutation);
    }

    [Fact]
    public async Task Values_reported_at_once_leave_exactly_one_in_force()
    {
        using var product = new AccessTestProduct();
        var clients = Enumerable.Range(0, Writers).Select(i => product.ClientFor("22330", Role.Reporter, $"reporter-{i}")).ToList();

        var answers = await Task.WhenAll(clients.Select((c, i) => c.SendAsync(AccessTestProduct.ReportValue("22330", i))));

        var values = await product.ReportedValuesAsync("22330");
        Assert.All(answers, a => Assert.True(a.Errors.Count == 0 || a.Errors.All(e => e.Code == "CONFLICT"), a.Text));
        Assert.Equal(answers.Count(a => a.Errors.Count == 0), values.Count);
        Assert.Single(values, v => v!["supersededAt"] is null);
    }

    private static async Task RaceAsync(AccessTestProduct product, string mutation)
    {
        var clients = Enumerable.Range(0, Writers).Select(i => product.ClientFor("56", Role.Admin, $"admin-{i}")).ToList();
        await clients[0].DataAsync("{ modules { key } }"); // the host is up before the writers start together

        var answers = await Task.WhenAll(clients.Select(c => c.SendAsync(mutation)));

        Assert.All(answers, a => Assert.True(a.Errors.Count == 0 || a.Errors.All(e => e.Code == "CONFLICT"), a.Text));
        Assert.Contains(answers, a => a.Errors.Count == 0);
        if (mutation.Contains("reportValue", StringComparison.Ordinal))
        {
            Assert.Single(await product.ReportedValuesAsync("22330"), v => v!["supersededAt"] is null);
        }
    }
}
