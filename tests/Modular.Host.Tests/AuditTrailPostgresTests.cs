using System.Globalization;
using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Host.Tests;

/// <summary>The audit trail read on PostgreSQL: subtree, unit-less entries, user and date filters, merged from every store.</summary>
[Collection(PostgresFixture.Collection)]
public sealed class AuditTrailPostgresTests(PostgresFixture postgres)
{
    private const string Trail = """
        query($unitCode: String, $user: String, $from: Date, $to: Date) {
          auditTrail(unitCode: $unitCode, user: $user, from: $from, to: $to, take: 200) { totalCount items { user entity action unit { code } } }
        }
        """;

    [SkippableFact]
    public async Task On_PostgreSQL_the_trail_is_filtered_and_scoped_the_same_way()
    {
        using var product = new AccessTestProduct(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:Postgres:ConnectionString"] = await postgres.CreateDatabaseAsync(),
        });
        await product.ClientFor("22330", Role.Reporter).DataAsync(AccessTestProduct.ReportValue("22330", 10));
        await product.ClientFor("22330", Role.Reporter).DataAsync(AccessTestProduct.ReportValue("22330", 12));
        await product.ClientFor("22408", Role.Reporter).DataAsync(AccessTestProduct.ReportValue("22408", 5));
        var admin = product.ClientFor("56", Role.Admin);
        await admin.DataAsync("""mutation { updateTarget(planCode: "223/KH-BTV", code: "2.2a", input: { goal: 1200 }) { goal } }""");
        var today = DateOnly.FromDateTime(DateTime.Now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var district = (await product.ClientFor("568", Role.Manager).DataAsync(Trail, new { from = today, to = today }))["auditTrail"]!;
        var target = (await admin.DataAsync(Trail, new { user = "admin-56", from = today }))["auditTrail"]!;
        var yesterday = (await admin.DataAsync(Trail, new { to = DateOnly.FromDateTime(DateTime.Now).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }))["auditTrail"]!;

        // Two reports at 22330: two creates and one supersession (beside the seeding of the district's units);
        // nothing of 22408 in the sibling district, nor the target, which names no unit.
        var items = district["items"]!.AsArray();
        Assert.Equal(items.Count, district["totalCount"].Number());
        Assert.Equal(3, items.Count(i => i!["user"]!.GetValue<string>() == "reporter-22330"));
        Assert.All(items, i => Assert.NotEqual("22408", i!["unit"]!["code"]!.GetValue<string>()));
        Assert.DoesNotContain(items, i => i!["user"]!.GetValue<string>() is "reporter-22408" or "admin-56");
        Assert.Equal("Target", Assert.Single(target["items"]!.AsArray())!["entity"]!.GetValue<string>());
        Assert.Equal(0, yesterday["totalCount"].Number());
    }
}
