using Modular.Shared.Access;
using Modular.Testing;
using Npgsql;
using static Modular.Modules.Economy.Tests.EconomyApi;

namespace Modular.Modules.Economy.Tests;

[Collection(PostgresFixture.Collection)]
public sealed class PostgresStorageTests(PostgresFixture postgres)
{
    [SkippableFact]
    public async Task On_PostgreSQL_the_records_live_in_the_economy_schema_and_drive_progress()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        using var factory = new ProductFactory(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:Postgres:ConnectionString"] = connectionString,
        });

        var vinhHai = factory.ClientFor("22330", Role.Reporter);
        var camNghia = factory.ClientFor("22408", Role.Reporter);
        await vinhHai.CreateAsync("Household", Household("22330", "Nguyễn Thị Hoa", "Tổ 5", "2024-03-01", exited: "2025-03-10"));
        await camNghia.CreateAsync("Household", Household("22408", "Nguyễn Thị Hoa", "Tổ 5", "2025-01-05", exited: "2025-11-30"));
        await vinhHai.CreateAsync("Entrepreneur", Entrepreneur("22330", "Nguyễn Thị Lan", 1985, "2025-03-01"));
        await vinhHai.CreateAsync("Entrepreneur", Entrepreneur("22330", "NGUYEN THI LAN", 1985, "2025-05-01", "BRANDING"));
        await camNghia.CreateAsync("Entrepreneur", Entrepreneur("22408", "Lê Thị Hoa", 1980, "2025-04-04"));
        await camNghia.CreateAsync("Cooperative", Cooperative("22408", "HTX Phụ nữ Cam Nghĩa", "2025-09-09", 7, 1));
        await vinhHai.CreateAsync("Loan", Loan("22330", "Nguyễn Thị Hạnh", 3_000_000_000, "2025-02-02"));
        await camNghia.CreateAsync("Loan", Loan("22408", "Lê Thị Hoa", 100_000_000, "2025-07-07"));
        Assert.Equal("CONFLICT", (await vinhHai.TryCreateAsync("Household", Household("22330", "nguyen thi hoa", "to 5", "2025-01-01"))).Errors.Single().Code);

        // Province: households 1 + 1 = 2; women: Lan (twice, once counted) + Hoa = 2; one cooperative with a woman manager.
        var province = factory.ClientFor("56", Role.Viewer);
        var progress = await province.ProgressAsync("56");
        Assert.Equal(2, progress["2.2a"]["actual"].Number());
        Assert.Equal(2, progress["2.2b"]["actual"].Number());
        Assert.Equal(1, progress["2.2c"]["actual"].Number());
        Assert.True(progress["2.2c"]["achieved"]!.GetValue<bool>());
        Assert.Equal(1, (await province.ProgressAsync("568"))["2.2b"]["numerator"].Number());
        // Amounts beyond 32 bits add up exactly: 3 billion + 100 million VND.
        Assert.Equal(3_100_000_000, (await province.FiguresAsync("56"))["economy.loan-amount"]);
        var found = await province.DataAsync("""{ economy { households(search: "nguyen thi hoa") { totalCount } } }""");
        Assert.Equal(2, found["economy"]!["households"]!["totalCount"].Number());

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'economy' ORDER BY 1", connection);
        var tables = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        Assert.Equal(
            ["__EFMigrationsHistory", "audit_entries", "cooperatives", "loans", "startup_projects", "supported_entrepreneurs", "supported_households"],
            tables);
        await using var count = new NpgsqlCommand("SELECT count(*) FROM economy.supported_households", connection);
        Assert.Equal(2L, await count.ExecuteScalarAsync());
    }
}
