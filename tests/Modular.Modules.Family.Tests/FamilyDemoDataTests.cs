using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modular.Modules.Family.Data;
using Modular.Shared.Access;
using Modular.Shared.Demo;
using Modular.Shared.Storage;
using Modular.Shared.Units;
using Modular.Testing;

namespace Modular.Modules.Family.Tests;

/// <summary>
/// The demo-data generator run for Nha Trang (568: 22 base unions), the district itself and the province, at the
/// reference size of 60 records per base union: what it writes is what the GraphQL lists show, it is audited as
/// imports, it gives plausible progress, and the same seed gives the same figures.
/// </summary>
public sealed class FamilyDemoDataTests
{
    private const int NhaTrangBases = 22;

    private static readonly string[] OpenLists =
        ["standardHouseholds", "communityWorks", "disabledWomanSupports", "sponsorships", "cultureSportsForms", "activities"];

    [Fact]
    public async Task The_generated_year_is_listed_audited_as_imports_and_shows_partial_progress()
    {
        using var factory = new ProductFactory();
        var (written, bases) = await GenerateAsync(factory, seed: 7);
        Assert.Equal(NhaTrangBases, bases.Count);

        // Everything written is listed: the open lists under 568 (its base unions and the district's own records),
        // victim cases by each base union's own reporter (no one else sees them), and the province's own
        // activities (listed under 56 but not under 568, as only these units have records).
        var district = factory.ClientFor("568", Role.Reporter);
        var listed = 0;
        foreach (var list in OpenLists)
        {
            listed += await district.CountAsync(list, "568");
        }

        foreach (var code in bases)
        {
            listed += await factory.ClientFor(code, Role.Reporter).CountAsync("victimCases", code);
        }

        var provinceOwn = await factory.ClientFor("56", Role.Viewer).CountAsync("activities", "56") - await district.CountAsync("activities", "568");
        Assert.True(provinceOwn > 0);
        Assert.Equal(written, listed + provinceOwn);

        // One import entry per record kind, unit and batch, adding up to the records; no entry per record.
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<FamilyDbContext>>().CreateDbContextAsync())
        {
            var entries = await db.AuditEntries.AsNoTracking().ToListAsync();
            Assert.NotEmpty(entries);
            Assert.All(entries, e => Assert.Equal(AuditInterceptor.ImportAction, e.Action));
            Assert.Equal(written, entries.Sum(e => long.Parse(e.EntityKey!)));
            Assert.All(entries, e => Assert.NotNull(e.UnitId));
            Assert.Equal(entries.Count, entries.DistinctBy(e => (e.Entity, e.UnitId)).Count()); // 1,400 records fit in one batch
        }

        var progress = await factory.ClientFor("56", Role.Viewer).ProgressAsync("568");

        // Ratio targets: victims supported of victims found (most, not all), women with disabilities supported (the
        // women living in the area are a reported figure the generator does not write, so only the numerator).
        var supported = progress["2.3"]["numerator"].Number();
        var found = progress["2.3"]["denominator"].Number();
        Assert.True(supported > 0 && supported <= found, $"2.3: {supported} of {found}");
        Assert.True(progress["4.1.2a"]["numerator"].Number() > 0);

        // Coverage targets count Nha Trang's 22 base unions, and at least some meet each threshold.
        foreach (var target in new[] { "2.4a", "2.4b", "4.1.1a" })
        {
            var meeting = progress[target]["unitsMeeting"].Number();
            Assert.Equal(NhaTrangBases, progress[target]["unitsCounted"].Number());
            Assert.True(meeting is > 0 and <= NhaTrangBases, $"{target}: {meeting} of {NhaTrangBases}");
        }
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_progress_and_another_seed_different_progress()
    {
        var first = await ProgressWithSeedAsync(7);
        var again = await ProgressWithSeedAsync(7);
        var other = await ProgressWithSeedAsync(8);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    /// <summary>The family progress at 568 on 31/12/2025 as JSON, in a fresh data folder filled with the seed.</summary>
    private static async Task<string> ProgressWithSeedAsync(int seed)
    {
        using var factory = new ProductFactory();
        await GenerateAsync(factory, seed);
        var progress = await factory.ClientFor("56", Role.Viewer).ProgressAsync("568");
        return new JsonArray(progress.OrderBy(p => p.Key).Select(p => p.Value.DeepClone()).ToArray()).ToJsonString();
    }

    /// <summary>Runs the module's generator for 2025 over 568's subtree and the province; returns the count and the base unions' codes.</summary>
    private static async Task<(long Written, List<string> Bases)> GenerateAsync(ProductFactory factory, int seed)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var generator = scope.ServiceProvider.GetServices<IDemoDataGenerator>().Single(g => g.ModuleKey == FamilyModule.ModuleKey);
        var tree = await scope.ServiceProvider.GetRequiredService<UnitDirectory>().LoadTreeAsync(CancellationToken.None);
        var units = tree.Subtree(tree.Find("568")!).Append(tree.Find("56")!)
            .Select(u => new UnitRef(u.Id, u.Code, u.Name, u.LevelKey))
            .ToList();

        var written = await generator.GenerateAsync(
            new DemoDataRequest(2025, seed, units, MembersPerBaseUnion: 0, NewMembersPerBaseUnion: 0, RecordsPerBaseUnion: 60),
            CancellationToken.None);

        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<FamilyDbContext>>().CreateDbContextAsync();
        var stored = await db.StandardHouseholds.CountAsync() + await db.CommunityWorks.CountAsync() + await db.VictimCases.CountAsync()
            + await db.DisabledWomanSupports.CountAsync() + await db.Sponsorships.CountAsync() + await db.CultureSportsForms.CountAsync()
            + await db.FamilyActivities.CountAsync();
        Assert.Equal(written, stored);

        return (written, units.Where(u => u.LevelKey == "base").Select(u => u.Code).ToList());
    }
}
