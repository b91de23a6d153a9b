using Modular.Testing;

namespace Modular.Reliability.Tests;

/// <summary>Sixteen writers at once, two hundred writes each: every acknowledged write is there, and counted exactly once.</summary>
[Collection(Reliability.Collection)]
public sealed class ConcurrentWriteTests(PostgresFixture postgres)
{
    private const int Writers = 16;
    private const int WritesEach = 200;

    [Fact]
    public async Task On_SQLite_every_acknowledged_write_is_kept_and_moves_progress_by_exactly_that_much()
    {
        var data = Reliability.NewDataDirectory();
        using var host = await HostProcess.StartAsync(Reliability.Sqlite(data));

        await WriteAndCheckAsync([host], "sqlite");
    }

    [SkippableFact]
    public async Task On_PostgreSQL_every_acknowledged_write_is_kept_and_moves_progress_by_exactly_that_much()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        using var host = await HostProcess.StartAsync(Reliability.Postgres(connectionString));

        await WriteAndCheckAsync([host], "postgres");
    }

    /// <summary>The writers spread over the hosts given; afterwards every host must see the same, exact result.</summary>
    internal static async Task WriteAndCheckAsync(IReadOnlyList<HostProcess> hosts, string run, int writers = Writers, int writesEach = WritesEach)
    {
        using var admin = Reliability.Admin(hosts[0]);
        var before = await Reliability.HouseholdsOutOfPovertyAsync(admin);
        var acknowledged = await Task.WhenAll(Enumerable.Range(0, writers).Select(async writer =>
        {
            var unit = Reliability.BaseUnions[writer % Reliability.BaseUnions.Length];
            using var client = Reliability.Reporter(hosts[writer % hosts.Count], unit);
            var kept = new List<string>();
            for (var i = 0; i < writesEach; i++)
            {
                var head = $"Hộ {run} {writer:00}-{i:000}";
                if (await Reliability.RecordHouseholdAsync(client, unit, head))
                {
                    kept.Add(head);
                }
            }

            return kept;
        }));

        var expected = acknowledged.SelectMany(a => a).ToHashSet(StringComparer.Ordinal);
        Assert.True(expected.Count >= writers * writesEach * 0.95, $"only {expected.Count} of {writers * writesEach} writes were acknowledged");
        foreach (var host in hosts)
        {
            using var reader = Reliability.Admin(host);
            var heads = await Reliability.HouseholdHeadsAsync(reader);
            Assert.Equal(expected.Count, heads.Count); // nothing lost, nothing unacknowledged kept, nothing twice
            Assert.True(expected.SetEquals(heads));
            Assert.Equal(before + expected.Count, await Reliability.HouseholdsOutOfPovertyAsync(reader));
        }
    }
}
