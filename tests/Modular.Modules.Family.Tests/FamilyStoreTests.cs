using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modular.Modules.Family.Data;
using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Modules.Family.Tests;

/// <summary>The store on both providers: migrations match the model, and the indicators' grouped queries run on PostgreSQL too.</summary>
[Collection(PostgresFixture.Collection)]
public sealed class FamilyStoreTests(PostgresFixture postgres)
{
    [Fact]
    public async Task The_sqlite_migrations_cover_the_model()
    {
        using var factory = new ProductFactory();
        await AssertNoPendingChangesAsync(factory);
    }

    [SkippableFact]
    public async Task On_PostgreSQL_the_records_and_their_progress_work_the_same()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        using var factory = new ProductFactory(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:Postgres:ConnectionString"] = connectionString,
        });
        await AssertNoPendingChangesAsync(factory);

        var reporter = factory.ClientFor("22327", Role.Reporter);
        await reporter.CreateAsync("VictimCase", new { unitCode = "22327", caseCode = "A-1", kind = "DOMESTIC_VIOLENCE", ageGroup = "FROM_60", foundOn = "2025-02-01", supports = new[] { "COUNSELLING", "REFERRAL" } });
        await reporter.CreateAsync("VictimCase", new { unitCode = "22327", caseCode = "A-2", kind = "TRAFFICKING_RETURNEE", ageGroup = "FROM_16_TO_17", foundOn = "2025-03-01" });
        await reporter.DataAsync(
            """mutation { reportValue(input: { indicator: "family.women-with-disabilities", unitCode: "22327", periodStart: "2025-01-01", periodEnd: "2025-12-31", value: 4 }) { value } }""");
        await reporter.CreateAsync("DisabledWomanSupport", new { unitCode = "22327", womanCode = "K1", kind = "GIFT", supportedOn = "2025-02-02" });
        await reporter.CreateAsync("DisabledWomanSupport", new { unitCode = "22327", womanCode = "k1", kind = "OTHER", supportedOn = "2025-03-03" });
        await reporter.CreateAsync("DisabledWomanSupport", new { unitCode = "22327", womanCode = "K2", kind = "GIFT", supportedOn = "2025-04-04" });
        for (var i = 1; i <= 5; i++)
        {
            await reporter.CreateAsync("StandardHousehold", new { unitCode = "22327", standard = "FIVE_NO_THREE_CLEAN", householdHead = $"Võ Thị Ánh {i}", village = "Tổ 2", confirmedOn = $"2025-0{i}-15" });
        }

        var progress = await factory.ClientFor("56", Role.Viewer).ProgressAsync("568");

        // 2.3: 1 of 2 victims supported; 4.1.2a: 2 distinct women of 4; 2.4a: 22327 alone of Nha Trang's 22 base unions.
        Assert.Equal((1, 2), ((int)progress["2.3"]["numerator"].Number(), (int)progress["2.3"]["denominator"].Number()));
        Assert.Equal(50, progress["4.1.2a"]["actual"].Number());
        Assert.Equal((1, 22), ((int)progress["2.4a"]["unitsMeeting"].Number(), (int)progress["2.4a"]["unitsCounted"].Number()));

        var found = await reporter.DataAsync("{ family { standardHouseholds(search: \"vo thi anh\") { totalCount } } }");
        Assert.Equal(5, found["family"]!["standardHouseholds"]!["totalCount"].Number());
    }

    private static async Task AssertNoPendingChangesAsync(ProductFactory factory)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<FamilyDbContext>>().CreateDbContextAsync();
        Assert.False(db.Database.HasPendingModelChanges(), "The family model has changes without a migration.");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }
}
