using Microsoft.Data.Sqlite;
using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Host.Tests;

public sealed class SqliteStorageTests
{
    [Fact]
    public async Task Each_store_has_its_own_database_file_in_WAL_mode_and_data_survives_a_restart()
    {
        var directory = Path.Combine(Path.GetTempPath(), "modular-tests", Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string?> { ["Storage:Sqlite:Directory"] = directory };
        try
        {
            using (var first = new ProductFactory(settings))
            {
                await first.ClientFor("56", Role.Admin).DataAsync("""mutation { renameUnit(code: "22330", name: "Hội LHPN phường Vĩnh Hải") { name } }""");
            }

            foreach (var store in ProductModules.Stores)
            {
                var file = Path.Combine(directory, $"{store}.db");
                Assert.True(File.Exists(file), $"{store}.db is missing");
                await using var connection = new SqliteConnection($"Data Source={file}");
                await connection.OpenAsync();
                await using var command = new SqliteCommand("PRAGMA journal_mode", connection);
                Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
            }

            using var second = new ProductFactory(settings);
            var data = await second.ClientFor("56", Role.Viewer).DataAsync("""{ unit(code: "22330") { name } units(level: BASE) { code } }""");
            Assert.Equal("Hội LHPN phường Vĩnh Hải", data["unit"]!["name"]!.GetValue<string>());
            Assert.Equal(132, data["units"]!.AsArray().Count); // seeding did not run twice
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }
}
