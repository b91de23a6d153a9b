using Modular.Testing;

namespace Modular.Host.Tests;

[Collection(PostgresFixture.Collection)]
public sealed class ReportingPeriodPostgresTests(PostgresFixture postgres)
{
    [SkippableFact]
    public async Task A_commune_report_walks_through_its_workflow_and_locks_every_write_path_on_PostgreSQL()
    {
        using var product = new ReportingProduct(new DateOnly(2025, 6, 20), Postgres(await postgres.CreateDatabaseAsync()));
        await ReportingScenario.RunAsync(product);
    }

    [SkippableFact]
    public async Task Completeness_and_timeliness_are_the_same_on_PostgreSQL()
    {
        using var product = new ReportingProduct(ReportingScenario.CompletenessStart, Postgres(await postgres.CreateDatabaseAsync()));
        await ReportingScenario.CompletenessAsync(product);
    }

    private static Dictionary<string, string?> Postgres(string connectionString) => new()
    {
        ["Storage:Provider"] = "Postgres",
        ["Storage:Postgres:ConnectionString"] = connectionString,
    };
}
