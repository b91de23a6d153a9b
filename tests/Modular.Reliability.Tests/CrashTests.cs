using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Modular.Testing;

namespace Modular.Reliability.Tests;

/// <summary>kill -9 at any moment loses nothing that was acknowledged and leaves every store consistent.</summary>
[Collection(Reliability.Collection)]
public sealed class CrashTests
{
    [Fact]
    public async Task Killing_the_host_under_writers_loses_no_acknowledged_write()
    {
        var data = Reliability.NewDataDirectory();
        var settings = Reliability.Sqlite(data);
        var acknowledged = new ConcurrentBag<string>();
        int auditBefore;
        using (var host = await HostProcess.StartAsync(settings))
        {
            using (var before = Reliability.Admin(host))
            {
                auditBefore = await Reliability.EconomyAuditEntriesAsync(before); // the seeded module switches
            }

            var writers = Enumerable.Range(0, 8).Select(writer => Task.Run(async () =>
            {
                var unit = Reliability.BaseUnions[writer];
                using var client = Reliability.Reporter(host, unit);
                for (var i = 0; ; i++)
                {
                    var head = $"Hộ trước sự cố {writer}-{i:0000}";
                    try
                    {
                        if (await Reliability.RecordHouseholdAsync(client, unit, head))
                        {
                            acknowledged.Add(head);
                        }
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                    {
                        return; // the host is gone
                    }
                }
            })).ToList();
            for (var waited = 0; acknowledged.Count < 150 && waited < 1200; waited++)
            {
                await Task.Delay(100);
            }

            host.Kill();
            await Task.WhenAll(writers);
        }

        Assert.True(acknowledged.Count >= 150, $"{acknowledged.Count} writes acknowledged before the kill");
        using var restarted = await HostProcess.StartAsync(settings);
        using var admin = Reliability.Admin(restarted);
        var heads = await Reliability.HouseholdHeadsAsync(admin);
        Assert.Empty(acknowledged.Except(heads));
        Assert.True(heads.Count - acknowledged.Count <= 8, "at most the writes in flight at the kill are kept unacknowledged");
        Assert.Equal(heads.Count, heads.Distinct().Count());
        Assert.Equal(heads.Count, await Reliability.HouseholdsOutOfPovertyAsync(admin));
        Assert.Equal(auditBefore + heads.Count, await Reliability.EconomyAuditEntriesAsync(admin)); // every record with its audit entry, none without
        AssertIntact(data);
    }

    /// <summary>Nha Trang's subtree: the whole of seed-demo's work for a tenth of the units, so the suite stays short.</summary>
    private static readonly string[] Seed = ["seed-demo", "--unit", "568"];

    [Fact]
    public async Task Seed_demo_killed_midway_completes_on_the_next_run_with_exactly_the_records_of_an_uninterrupted_run()
    {
        var interrupted = Reliability.NewDataDirectory();
        using (var first = HostProcess.StartCommand(Seed, Reliability.Sqlite(interrupted)))
        {
            // Killed while the second module writes: the first is complete, the second half-way through its session.
            for (var waited = 0; !first.Output.Contains("Module economy:", StringComparison.Ordinal) && waited < 3000; waited++)
            {
                await Task.Delay(100);
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
            first.Kill();
            Assert.Contains("Module economy:", first.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("Module party:", first.Output, StringComparison.Ordinal);
        }

        using (var server = await HostProcess.StartAsync(Reliability.Sqlite(interrupted)))
        {
            Assert.Contains("demo data in this data folder is incomplete", server.Output, StringComparison.Ordinal);
        }

        using (var resumed = HostProcess.StartCommand(Seed, Reliability.Sqlite(interrupted)))
        {
            Assert.Equal(0, await resumed.WaitForExitAsync(TimeSpan.FromMinutes(15)));
            Assert.Contains("Module economy: already complete", resumed.Output, StringComparison.Ordinal);
        }

        using (var again = HostProcess.StartCommand(Seed, Reliability.Sqlite(interrupted)))
        {
            Assert.Equal(0, await again.WaitForExitAsync(TimeSpan.FromMinutes(5)));
            Assert.Contains("already holds this demo data", again.Output, StringComparison.Ordinal);
        }

        var uninterrupted = Reliability.NewDataDirectory();
        using (var whole = HostProcess.StartCommand(Seed, Reliability.Sqlite(uninterrupted)))
        {
            Assert.Equal(0, await whole.WaitForExitAsync(TimeSpan.FromMinutes(15)));
        }

        SqliteConnection.ClearAllPools();
        foreach (var store in new[] { "core", "economy", "family", "organisation", "party" })
        {
            Assert.Equal(Contents(uninterrupted, store), Contents(interrupted, store));
        }

        AssertIntact(interrupted);
    }

    /// <summary>Every table of a store, row count and a digest of its rows, without the audit trail and the moments of writing.</summary>
    private static List<string> Contents(string dataDirectory, string store)
    {
        using var connection = Open(dataDirectory, store);
        var tables = Strings(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('audit_entries', '__EFMigrationsHistory', 'sqlite_sequence') ORDER BY name");
        var contents = new List<string>();
        foreach (var table in tables)
        {
            var columns = Strings(connection, $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid")
                .Where(c => !c.EndsWith("At", StringComparison.Ordinal)).ToList(); // RecordedAt, SupersededAt: when, not what
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {string.Join(", ", columns.Select(c => $"\"{c}\""))} FROM \"{table}\" ORDER BY rowid";
            using var reader = command.ExecuteReader();
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var rows = 0;
            while (reader.Read())
            {
                rows++;
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    hash.AppendData(Encoding.UTF8.GetBytes(Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) + "\u001f"));
                }
            }

            contents.Add($"{table}: {rows} rows, {Convert.ToHexString(hash.GetHashAndReset())}");
        }

        return contents;
    }

    private static void AssertIntact(string dataDirectory)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(dataDirectory, "*.db"))
        {
            using var connection = Open(dataDirectory, Path.GetFileNameWithoutExtension(file));
            Assert.Equal(["ok"], Strings(connection, "PRAGMA integrity_check"));
            Assert.Empty(Strings(connection, "PRAGMA foreign_key_check"));
        }
    }

    private static SqliteConnection Open(string dataDirectory, string store)
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, store + ".db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }

    private static List<string> Strings(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }
}
