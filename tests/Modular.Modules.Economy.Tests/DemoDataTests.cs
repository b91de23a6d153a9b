using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modular.Modules.Economy.Data;
using Modular.Modules.Economy.Domain;
using Modular.Shared.Access;
using Modular.Shared.Demo;
using Modular.Shared.Storage;
using Modular.Shared.Units;
using Modular.Testing;
using static Modular.Modules.Economy.Tests.EconomyApi;

namespace Modular.Modules.Economy.Tests;

/// <summary>
/// The demo data generator run for Nha Trang (568: 22 base unions, the district and the province) at province scale,
/// 60 records per base union, for 2025.
/// </summary>
public sealed class DemoDataTests
{
    private const string NhaTrang = "568";

    private const string Progress = """
        { plan(code: "223/KH-BTV") { progress(unitCode: "568", moduleKey: "economy", asOf: "2025-12-31") {
          target { code } goal actual percent achieved status unitsMeeting unitsCounted numerator denominator
          children { unit { code } actual unitsMeeting unitsCounted } } } }
        """;

    [Fact]
    public async Task A_year_of_records_is_listed_imported_and_the_same_seed_gives_the_same_progress()
    {
        string progress;
        using (var factory = new ProductFactory())
        {
            var written = await GenerateAsync(factory, seed: 1, recordsPerBaseUnion: 60);

            // 22 base unions x 60 (x 0.6-1.4 by size, 1.0 on average) + the district's own courses (3): about 1,323.
            Assert.InRange(written, 1_000, 1_650);
            var client = factory.ClientFor(NhaTrang, Role.Viewer);
            var counts = await client.CountsAsync(NhaTrang);
            Assert.Equal(written, counts.Values.Sum());
            Assert.Equal(counts, await CountsIn2025Async(client));

            // Shares of the 60: households 20%, loans ~73%, start-ups 3%, supports to business owners 3.5%.
            Assert.InRange(counts["households"], 0.17 * written, 0.23 * written);
            Assert.InRange(counts["loans"], 0.68 * written, 0.78 * written);

            var json = (await client.DataAsync(Progress))["plan"]!["progress"]!;
            var byTarget = json.AsArray().ToDictionary(p => p!["target"]!["code"]!.GetValue<string>(), p => p!);

            // 2.2a: about 65% of the households supported leave poverty (22 x 12 x 65% = 172 on average).
            Assert.InRange(byTarget["2.2a"]["numerator"].Number(), 0.55 * counts["households"], 0.75 * counts["households"]);
            // 2.2b: a quarter of the supports go to a woman already supported, who counts once (about 22 x 1.8 + 2.5 = 42).
            Assert.InRange(byTarget["2.2b"]["numerator"].Number(), 0.6 * counts["entrepreneurs"], 0.95 * counts["entrepreneurs"]);
            // The module's targets are these three sums and two province milestones (5.5d, 5.6): no coverage target.
            Assert.Equal(["2.2a", "2.2b", "2.2c", "5.5d", "5.6"], byTarget.Keys.Order());

            await using var scope = factory.Services.CreateAsyncScope();
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<EconomyDbContext>>().CreateDbContextAsync();

            // 2.2c: rare (about 0.03 per base union), so whether a seed founds one varies; it counts exactly the
            // cooperatives (not groups) with women in management.
            var founded = await db.Cooperatives.CountAsync(c => c.Kind == CooperativeKind.Cooperative && c.WomenInManagement > 0);
            Assert.Equal(founded, byTarget["2.2c"]["numerator"].Number());
            var audit = await db.AuditEntries.AsNoTracking().ToListAsync();
            Assert.All(audit, e => Assert.Equal(AuditInterceptor.ImportAction, e.Action));
            Assert.All(audit, e => Assert.Contains("demo data, seed 1, year 2025", e.After));
            Assert.Equal(written, audit.Sum(e => long.Parse(e.EntityKey)));
            Assert.Equal(
                [nameof(Cooperative), nameof(Loan), nameof(StartupProject), nameof(SupportedEntrepreneur), nameof(SupportedHousehold)],
                audit.Select(e => e.Entity).Distinct().Order());

            progress = json.ToJsonString();
        }

        using (var again = new ProductFactory())
        {
            await GenerateAsync(again, seed: 1, recordsPerBaseUnion: 60);
            Assert.Equal(progress, (await again.ClientFor(NhaTrang, Role.Viewer).DataAsync(Progress))["plan"]!["progress"]!.ToJsonString());
        }

        using (var other = new ProductFactory())
        {
            await GenerateAsync(other, seed: 2, recordsPerBaseUnion: 60);
            Assert.NotEqual(progress, (await other.ClientFor(NhaTrang, Role.Viewer).DataAsync(Progress))["plan"]!["progress"]!.ToJsonString());
        }
    }

    [Fact]
    public async Task Many_records_are_saved_in_batches_each_with_its_import_entries_and_none_where_the_module_is_off()
    {
        using var factory = new ProductFactory();
        await factory.ClientFor("56", Role.Admin).DataAsync(
            """mutation { switchModule(unitCode: "22330", moduleKey: "economy", enabled: false, effectiveFrom: "2025-01-01") { code } }""");

        // About 21 x 400 = 8,400 records: more than one batch of 5,000. Vĩnh Hải (22330) has the module off: nothing there.
        var written = await GenerateAsync(factory, seed: 3, recordsPerBaseUnion: 400);
        Assert.InRange(written, 6_500, 11_000);
        var viewer = factory.ClientFor(NhaTrang, Role.Viewer);
        Assert.Equal(written, (await viewer.CountsAsync(NhaTrang)).Values.Sum());
        Assert.All((await viewer.CountsAsync("22330")).Values, count => Assert.Equal(0, count));
        var vinhHoa = await viewer.CountsAsync("22327");
        Assert.True(vinhHoa["households"] > 0 && vinhHoa["loans"] > 0);

        await using var scope = factory.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<EconomyDbContext>>().CreateDbContextAsync();
        var audit = await db.AuditEntries.AsNoTracking().ToListAsync();
        Assert.All(audit, e => Assert.Equal(AuditInterceptor.ImportAction, e.Action));
        Assert.Equal(written, audit.Sum(e => long.Parse(e.EntityKey)));
        Assert.All(audit, e => Assert.NotNull(e.UnitId));
        Assert.All(audit.GroupBy(e => (e.Entity, e.UnitId)), g => Assert.InRange(g.Count(), 1, 2)); // one per kind, unit and batch: two batches
        Assert.All(audit, e => Assert.InRange(long.Parse(e.EntityKey), 1, 5_600)); // a batch closes at the first unit past 5,000
    }

    /// <summary>Runs the module's generator for 568's units and the province, as the seed-demo command does.</summary>
    private static async Task<long> GenerateAsync(ProductFactory factory, int seed, int recordsPerBaseUnion)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var tree = await scope.ServiceProvider.GetRequiredService<UnitDirectory>().LoadTreeAsync(CancellationToken.None);
        var district = tree.Find(NhaTrang)!;
        var units = tree.Subtree(district).Append(tree.ParentOf(district)!)
            .Select(u => new UnitRef(u.Id, u.Code, u.Name, u.LevelKey))
            .ToList();
        Assert.Equal(22, units.Count(u => u.LevelKey == "base"));
        Assert.Equal(24, units.Count);

        var generator = scope.ServiceProvider.GetServices<IDemoDataGenerator>().Single(g => g.ModuleKey == EconomyModule.ModuleKey);
        return await generator.GenerateAsync(
            new DemoDataRequest(2025, seed, units, MembersPerBaseUnion: 2_000, NewMembersPerBaseUnion: 40, recordsPerBaseUnion),
            CancellationToken.None);
    }

    /// <summary>How many records each list holds at 568 dated in 2025 (households: support began in 2025).</summary>
    private static async Task<Dictionary<string, int>> CountsIn2025Async(GraphQLClient client)
    {
        var fields = string.Join(" ", Lists.Select(l => $"{l}(unitCode: \"568\", from: \"2025-01-01\", to: \"2025-12-31\") {{ totalCount }}"));
        var data = await client.DataAsync($"{{ economy {{ {fields} }} }}");
        return Lists.ToDictionary(l => l, l => (int)data["economy"]![l]!["totalCount"].Number());
    }
}
