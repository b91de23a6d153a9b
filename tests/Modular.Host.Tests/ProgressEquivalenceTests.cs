using Modular.Testing;

namespace Modular.Host.Tests;

/// <summary>Kept progress equals progress from scratch after every write of a seeded random sequence (see <see cref="ProgressEquivalence"/>).</summary>
public sealed class ProgressEquivalenceTests
{
    [Fact]
    public Task Kept_progress_equals_a_fresh_evaluation_after_every_write_on_SQLite() =>
        ProgressEquivalence.RunAsync(new Dictionary<string, string?>(), count: 120, seed: 20250701, sameFolder: true);
}

[Collection(PostgresFixture.Collection)]
public sealed class ProgressEquivalencePostgresTests(PostgresFixture postgres)
{
    [SkippableFact]
    public async Task Kept_progress_equals_a_fresh_evaluation_after_every_write_on_PostgreSQL()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await ProgressEquivalence.RunAsync(
            new Dictionary<string, string?> { ["Storage:Provider"] = "Postgres", ["Storage:Postgres:ConnectionString"] = connectionString },
            count: 120,
            seed: 20251231,
            sameFolder: false);
    }
}
