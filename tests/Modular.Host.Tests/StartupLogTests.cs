using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Host.Tests;

/// <summary>A first start on a new database reads as a success in the log: no error lines for what is expected.</summary>
[Collection(PostgresFixture.Collection)]
public sealed class StartupLogTests(PostgresFixture postgres)
{
    [SkippableFact]
    public async Task A_first_start_on_a_new_PostgreSQL_database_logs_no_errors()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        var log = new CapturingLoggerProvider();
        using var factory = new ProductFactory(
            new Dictionary<string, string?> { ["Storage:Provider"] = "Postgres", ["Storage:Postgres:ConnectionString"] = connectionString },
            s => s.AddSingleton<ILoggerProvider>(log));

        await factory.ClientFor("56", Role.Viewer).DataAsync("{ modules { key } }");

        Assert.Empty(log.Entries.Where(e => e.Level >= LogLevel.Error).Select(e => e.Line));
    }

    [Fact]
    public async Task A_first_start_on_a_new_SQLite_data_folder_logs_no_errors()
    {
        var log = new CapturingLoggerProvider();
        using var factory = new ProductFactory(services: s => s.AddSingleton<ILoggerProvider>(log));

        await factory.ClientFor("56", Role.Viewer).DataAsync("{ modules { key } }");

        Assert.Empty(log.Entries.Where(e => e.Level >= LogLevel.Error).Select(e => e.Line));
    }
}
