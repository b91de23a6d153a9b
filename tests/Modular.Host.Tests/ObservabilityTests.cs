using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Modular.Shared.Access;
using Modular.Testing;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Modular.Host.Tests;

/// <summary>What an operator sees: health for orchestrators, a request log, metrics and traces.</summary>
public sealed class ObservabilityTests
{
    [Fact]
    public async Task Live_answers_while_the_process_runs_and_ready_names_each_store_and_stays_503_while_a_migration_is_missing()
    {
        using var factory = new ProductFactory();
        var client = factory.CreateClient();

        using (var live = await client.GetAsync("/health/live"))
        {
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }

        var ready = JsonNode.Parse(await client.GetStringAsync("/health/ready"))!;
        Assert.Equal("ok", ready["status"]!.GetValue<string>());
        Assert.Equal(["core", "economy", "family", "organisation", "party"], ready["stores"]!.AsObject().Select(s => s.Key).Order(StringComparer.Ordinal));

        // A database left behind the code: the family store misses its newest migration.
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(factory.DataDirectory, "family.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" = (SELECT MAX("MigrationId") FROM "__EFMigrationsHistory")""";
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        using var notReady = await client.GetAsync("/health/ready");
        var body = JsonNode.Parse(await notReady.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady.StatusCode);
        Assert.StartsWith("pending migrations: ", body["stores"]!["family"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("ok", body["stores"]!["core"]!.GetValue<string>());
        using var stillLive = await client.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, stillLive.StatusCode);
        using var health = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode); // unchanged: every store still answers
    }

    [Fact]
    public async Task Each_request_logs_one_line_with_operation_status_duration_user_and_unit_but_none_of_the_records_data()
    {
        var log = new CapturingLoggerProvider();
        using var factory = new ProductFactory(services: s => s.AddSingleton<ILoggerProvider>(log));
        var client = factory.ClientFor("22330", Role.Reporter, "Nguyễn Thị Lan");

        await client.DataAsync("""query UnitName { unit(code: "22330") { name } }""");
        await client.SendAsync("""mutation Rename($name: String!) { renameUnit(code: "22330", name: $name) { name } }""", new { name = "Trần Thị Bí Mật" });

        var lines = log.Lines(RequestLogCategory).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Matches(@"^POST /graphql 200 \d+(\.\d+)? ms operation=query UnitName errors=- user=Nguyễn Thị Lan unit=22330$", lines[0]);
        Assert.Matches(@"^POST /graphql 403 \d+(\.\d+)? ms operation=mutation Rename errors=FORBIDDEN user=Nguyễn Thị Lan unit=22330$", lines[1]);
        Assert.DoesNotContain(log.Lines(null), l => l.Contains("Bí Mật", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Prometheus_scrapes_a_count_duration_and_errors_by_code_per_GraphQL_operation()
    {
        using var factory = new ProductFactory(new Dictionary<string, string?> { ["Observability:Prometheus"] = "true" });
        var client = factory.ClientFor("56", Role.Viewer);

        await client.DataAsync("query Modules { modules { key } }");
        await client.DataAsync("query Modules { modules { key } }");
        await client.SendAsync("""mutation Rename { renameUnit(code: "22330", name: "X") { name } }""");

        var metrics = await factory.CreateClient().GetStringAsync("/metrics");
        Assert.Matches("""graphql_operation_duration_seconds_count\{[^}]*graphql_operation_name="Modules",graphql_operation_type="query"[^}]*\} 2""", metrics);
        Assert.Matches("""graphql_operation_duration_seconds_count\{[^}]*graphql_operation_name="Rename",graphql_operation_type="mutation"[^}]*\} 1""", metrics);
        Assert.Matches("""graphql_operation_duration_seconds_bucket\{[^}]*graphql_operation_name="Modules"[^}]*le="0.1"\}""", metrics);
        Assert.Matches("""graphql_operation_errors_total\{[^}]*graphql_error_code="FORBIDDEN",graphql_operation_name="Rename",graphql_operation_type="mutation"[^}]*\} 1""", metrics);
        Assert.DoesNotMatch("graphql_operation_errors_total\\{[^}]*graphql_operation_name=\"Modules\"", metrics);
        Assert.Contains("http_server_request_duration_seconds", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_an_exporter_configured_there_is_no_metrics_endpoint()
    {
        using var factory = new ProductFactory();

        using var response = await factory.CreateClient().GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task With_an_OTLP_endpoint_traces_and_metrics_are_sent_to_the_collector()
    {
        using var collector = new FakeCollector();
        var factory = new ProductFactory(new Dictionary<string, string?>
        {
            ["Observability:Otlp:Endpoint"] = collector.Url,
            ["Observability:Otlp:Protocol"] = "http/protobuf",
        });
        using (factory)
        {
            await factory.ClientFor("56", Role.Viewer).DataAsync("query Modules { modules { key } }");
            Assert.True(factory.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));
            Assert.True(factory.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000));
        }

        Assert.Contains("/v1/traces", collector.Paths);
        Assert.Contains("/v1/metrics", collector.Paths);
    }

    private const string RequestLogCategory = "Modular.Requests";

    /// <summary>An OTLP/HTTP collector that accepts everything and remembers where it was sent.</summary>
    private sealed class FakeCollector : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly Task _loop;

        public FakeCollector()
        {
            using (var probe = new TcpListener(IPAddress.Loopback, 0))
            {
                probe.Start();
                Url = $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}";
            }

            _listener.Prefixes.Add(Url + "/");
            _listener.Start();
            _loop = Task.Run(async () =>
            {
                while (_listener.IsListening)
                {
                    HttpListenerContext context;
                    try
                    {
                        context = await _listener.GetContextAsync();
                    }
                    catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
                    {
                        return;
                    }

                    Paths.Add(context.Request.Url!.AbsolutePath);
                    await context.Request.InputStream.CopyToAsync(Stream.Null);
                    context.Response.StatusCode = 200;
                    context.Response.Close();
                }
            });
        }

        public string Url { get; }

        public ConcurrentBag<string> Paths { get; } = [];

        public void Dispose()
        {
            _listener.Stop();
            _listener.Close();
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
    }
}

/// <summary>Keeps every log line written through the host's logging, by category.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IEnumerable<LogEntry> Entries => _entries;

    public IEnumerable<string> Lines(string? category) => _entries.Where(l => category is null || l.Category == category).Select(l => l.Line);

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<LogEntry> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue(new LogEntry(category, logLevel, formatter(state, exception) + (exception is null ? "" : " " + exception)));
    }
}

/// <summary>One captured log line.</summary>
internal sealed record LogEntry(string Category, LogLevel Level, string Line);
