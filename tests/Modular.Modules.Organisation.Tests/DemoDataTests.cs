using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modular.Modules.Organisation.Data;
using Modular.Modules.Organisation.Domain;
using Modular.Shared.Access;
using Modular.Shared.Demo;
using Modular.Shared.Storage;
using Modular.Shared.Units;
using Modular.Testing;

namespace Modular.Modules.Organisation.Tests;

/// <summary>
/// The demo data generator run for Nha Trang (568: 22 base unions, the district and the province) for 2025, with 60
/// records per base union and a register of 300 members (plus 12 new) per base union: more than one batch of 5,000.
/// </summary>
public sealed class DemoDataTests
{
    private const string NhaTrang = "568";

    private static readonly string[] Lists =
    [
        "activityTypes", "models", "cadres", "branchHeads", "jointActivities", "communicationMaterials", "communicationActivities",
        "websiteCases", "networkedComputers", "digitalTrainings",
    ];

    private static readonly string[] CoverageTargets = ["2.1", "2.8.1a", "2.8.1b", "2.8.1c", "2.8.1d", "2.8.2d", "2.8.3e"];

    [Fact]
    public async Task A_year_of_members_and_records_is_listed_imported_and_the_same_seed_gives_the_same_progress()
    {
        string progress;
        using (var factory = new ProductFactory())
        {
            var written = await GenerateAsync(factory, seed: 1);

            // 22 base unions x (300 + 12 members + 60 records), sizes 0.6-1.4 averaging 1 (8,184), plus the district's
            // own ~52 records and the province's ~123.
            Assert.InRange(written, 6_500, 10_500);

            // The province's own records (cadres, materials, website cases) lie outside 568: list from the province,
            // which holds nothing else here.
            var client = factory.ClientFor("56", Role.Viewer);
            var members = (await client.MembersAsync("56", take: 1)).Total;
            var counts = new Dictionary<string, int>();
            foreach (var list in Lists)
            {
                counts[list] = await client.CountAsync(list, "56");
            }

            Assert.Equal(written, members + counts.Values.Sum());
            Assert.InRange(members, 0.75 * written, 0.9 * written);
            Assert.InRange(counts["communicationActivities"], 500, 800); // 22 x 27 + 18 + 30 = 642 on average
            Assert.InRange(counts["branchHeads"], 140, 260); // 22 x 9

            // About 1.5% of the members on the register before the year left, moved out or died during it.
            var active = (await client.MembersAsync("56", status: "ACTIVE", take: 1)).Total;
            Assert.InRange(members - active, 0.005 * members, 0.03 * members);

            var district = await factory.ClientFor(NhaTrang, Role.Viewer).ProgressAsync(NhaTrang);

            // 2.5a (sum): the new members who joined at 568's base unions, 22 x 12 on average.
            Assert.InRange(district["2.5a"]["actual"].Number(), 180, 350);

            // Coverage: every base union counted, most but not necessarily all meeting.
            foreach (var code in CoverageTargets)
            {
                Assert.Equal(22, district[code]["unitsCounted"].Number());
                Assert.InRange(district[code]["unitsMeeting"].Number(), 1, 22);
            }

            // Ratios partly met: 85-95% of cadres proficient, ~80% of branch heads trained, most activities online,
            // the district's own materials 60-90% digitised.
            foreach (var code in new[] { "2.6a", "2.6b", "2.8.3f", "2.8.2b" })
            {
                Assert.InRange(district[code]["numerator"].Number(), 1, district[code]["denominator"].Number() - 1);
            }

            // The province's own website cases: nearly all handled, some late ones still open.
            var province = await client.ProgressAsync("56");
            Assert.InRange(province["2.8.2c"]["numerator"].Number(), 1, province["2.8.2c"]["denominator"].Number());
            Assert.InRange(province["2.8.2a"]["numerator"].Number(), 1, province["2.8.2a"]["denominator"].Number() - 1);

            await using var scope = factory.Services.CreateAsyncScope();
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<OrganisationDbContext>>().CreateDbContextAsync();
            var audit = await db.AuditEntries.AsNoTracking().ToListAsync();
            Assert.All(audit, e => Assert.Equal(AuditInterceptor.ImportAction, e.Action));
            Assert.All(audit, e => Assert.Contains("demo data, seed 1, year 2025", e.After));
            Assert.All(audit, e => Assert.InRange(long.Parse(e.EntityKey), 1, 5_000));
            var imported = audit.GroupBy(e => e.Entity).ToDictionary(g => g.Key, g => g.Sum(e => long.Parse(e.EntityKey)));
            Assert.Equal(written, imported.Where(i => i.Key != nameof(MembershipPeriod)).Sum(i => i.Value));
            Assert.Equal(members, imported[nameof(Member)]);
            Assert.Equal(members, imported[nameof(MembershipPeriod)]); // each member's one stay, saved with her
            Assert.True(audit.Count(e => e.Entity == nameof(Member)) >= 2, "more than one batch");

            // Never the same person twice on a unit's register.
            Assert.False(await db.Members.GroupBy(m => new { m.UnitId, m.FoldedName, m.BirthYear }).AnyAsync(g => g.Count() > 1));

            progress = string.Join("\n", district.Values.Select(p => p.ToJsonString()));
        }

        using (var again = new ProductFactory())
        {
            await GenerateAsync(again, seed: 1);
            var same = await again.ClientFor(NhaTrang, Role.Viewer).ProgressAsync(NhaTrang);
            Assert.Equal(progress, string.Join("\n", same.Values.Select(p => p.ToJsonString())));
        }

        using (var other = new ProductFactory())
        {
            await GenerateAsync(other, seed: 2);
            var different = await other.ClientFor(NhaTrang, Role.Viewer).ProgressAsync(NhaTrang);
            Assert.NotEqual(progress, string.Join("\n", different.Values.Select(p => p.ToJsonString())));
        }
    }

    /// <summary>Runs the module's generator for 568's units and the province, as the seed-demo command does.</summary>
    private static async Task<long> GenerateAsync(ProductFactory factory, int seed)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var tree = await scope.ServiceProvider.GetRequiredService<UnitDirectory>().LoadTreeAsync(CancellationToken.None);
        var district = tree.Find(NhaTrang)!;
        var units = tree.Subtree(district).Append(tree.ParentOf(district)!)
            .Select(u => new UnitRef(u.Id, u.Code, u.Name, u.LevelKey))
            .ToList();
        Assert.Equal(22, units.Count(u => u.LevelKey == "base"));
        Assert.Equal(24, units.Count);

        var generator = scope.ServiceProvider.GetServices<IDemoDataGenerator>().Single(g => g.ModuleKey == OrganisationModule.ModuleKey);
        return await generator.GenerateAsync(
            new DemoDataRequest(2025, seed, units, MembersPerBaseUnion: 300, NewMembersPerBaseUnion: 12, RecordsPerBaseUnion: 60),
            CancellationToken.None);
    }
}
