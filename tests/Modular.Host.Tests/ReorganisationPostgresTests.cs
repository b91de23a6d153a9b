using Modular.Testing;

namespace Modular.Host.Tests;

[Collection(PostgresFixture.Collection)]
public sealed class ReorganisationPostgresTests(PostgresFixture postgres)
{
    [SkippableFact]
    public async Task The_real_2025_map_keeps_every_figure_right_across_1_July_on_PostgreSQL()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        using var factory = Reorganisation2025.Pending(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:Postgres:ConnectionString"] = connectionString,
        });
        await ReorganisationScenario.RunAsync(factory);
    }
}
