using Modular.Shared.Access;
using Modular.Testing;
using Npgsql;

namespace Modular.Host.Tests;

[Collection(PostgresFixture.Collection)]
public sealed class PostgresStorageTests(PostgresFixture postgres)
{
    [SkippableFact]
    public async Task On_PostgreSQL_each_store_gets_its_own_schema_with_its_own_migration_history()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        using var factory = new ProductFactory(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:Postgres:ConnectionString"] = connectionString,
        });

        var data = await factory.ClientFor("56", Role.Viewer).DataAsync("{ units(level: DISTRICT) { code } modules { key } }");
        Assert.Equal(9, data["units"]!.AsArray().Count);

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT table_schema FROM information_schema.tables WHERE table_name = '__EFMigrationsHistory' ORDER BY 1", connection);
        var schemas = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                schemas.Add(reader.GetString(0));
            }
        }

        Assert.Equal(ProductModules.Stores, schemas);
    }
}
