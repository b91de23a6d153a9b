using Modular.Testing;

namespace Modular.Reliability.Tests;

/// <summary>Two host processes on one PostgreSQL database behave as one: no cache hides the other's writes, none is lost.</summary>
[Collection(Reliability.Collection)]
public sealed class TwoHostTests(PostgresFixture postgres)
{
    [SkippableFact]
    public async Task A_write_through_one_host_shows_on_the_others_next_read()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        using var first = await HostProcess.StartAsync(Reliability.Postgres(connectionString));
        using var second = await HostProcess.StartAsync(Reliability.Postgres(connectionString));
        using var secondAdmin = Reliability.Admin(second);
        var before = await Reliability.HouseholdsOutOfPovertyAsync(secondAdmin); // the second host now holds an evaluation it may reuse

        using var reporter = Reliability.Reporter(first, "22330");
        Assert.True(await Reliability.RecordHouseholdAsync(reporter, "22330", "Hộ qua máy thứ nhất"));

        Assert.Equal(before + 1, await Reliability.HouseholdsOutOfPovertyAsync(secondAdmin));
        Assert.Contains("Hộ qua máy thứ nhất", await Reliability.HouseholdHeadsAsync(secondAdmin));
    }

    [SkippableFact]
    public async Task Concurrent_writes_through_both_hosts_are_all_kept()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        using var first = await HostProcess.StartAsync(Reliability.Postgres(connectionString));
        using var second = await HostProcess.StartAsync(Reliability.Postgres(connectionString));

        await ConcurrentWriteTests.WriteAndCheckAsync([first, second], "two-hosts", writers: 8, writesEach: 50);
    }
}
