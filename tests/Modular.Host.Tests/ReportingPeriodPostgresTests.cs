using Modular.Testing;

namespace Modular.Host.Tests;

[Collection(PostgresFixture.Collection)]
public sealed class ReportingPeriodPostgresTests(PostgresFixture postgres)
{
    [SkippableFact]
    public async Task A_commune_report_walks_through_its_workflow_and_locks_every_write_path_on_PostgreSQL()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        using var product = new ReportingProduct(new DateOnly(2025, 6, 20), new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:Postgres:ConnectionString"] = connectionString,
        });
        await ReportingScenario.RunAsync(product);
    }
}
