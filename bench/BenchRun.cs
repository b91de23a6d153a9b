using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Modular.Host;
using Modular.Host.Auth;
using Modular.Host.Demo;
using Modular.Shared.Access;
using Modular.Shared.Data;
using Modular.Shared.Progress;
using Modular.Shared.Units;
using Modular.Testing;

namespace Modular.Bench;

/// <summary>
/// Measures, side by side in one run: dashboard latency in process and over HTTP, the raw-SQL floor of the same
/// queries, HTTP throughput, one write through GraphQL and its visibility, generation rate and the host's peak memory.
/// </summary>
internal static class BenchRun
{
    private const string PlanCode = "223/KH-BTV";

    public static async Task<int> MainAsync(string[] args)
    {
        var options = CommandOptions.Parse(args);
        var scale = options.GetValueOrDefault("scale", "province");
        var provider = options.GetValueOrDefault("provider", "sqlite");
        if (scale is not ("province" or "national") || provider is not ("sqlite" or "postgres"))
        {
            Console.Error.WriteLine("Usage: --scale province|national [--provider sqlite|postgres] [--postgres <connection string>] [--reuse DIR] [--full-register]");
            return 2;
        }

        var connectionString = options.GetValueOrDefault("postgres") ?? Environment.GetEnvironmentVariable("MODULAR_POSTGRES");
        if (provider == "postgres" && string.IsNullOrWhiteSpace(connectionString))
        {
            Console.Error.WriteLine("PostgreSQL needs --postgres \"Host=...;Database=...\" or MODULAR_POSTGRES (an empty database).");
            return 2;
        }

        var dataDirectory = options.GetValueOrDefault("reuse") ?? Path.Combine(Path.GetTempPath(), "modular-bench", $"{scale}-{provider}-{DateTime.UtcNow:yyyyMMddHHmmss}");
        var settings = new Dictionary<string, string>
        {
            ["Storage:Provider"] = provider == "postgres" ? "Postgres" : "Sqlite",
            ["Storage:Sqlite:Directory"] = dataDirectory,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        if (provider == "postgres")
        {
            settings["Storage:Postgres:ConnectionString"] = connectionString!;
        }

        var figures = new Figures();
        Console.WriteLine($"Scale {scale}, provider {provider}, data in {dataDirectory}");

        await using var app = BuildHost(settings);
        var services = app.Services;
        var generated = await DemoData(services, scale, options.ContainsKey("full-register"));
        if (generated is { } g)
        {
            figures.Add("generation_rate", g.Records / g.Seconds, "records/s");
            figures.Add("generated_records", g.Records, "records");
            figures.Add("generation_time", g.Seconds, "s");
        }

        var root = scale == "national" ? SeedDemoCommand.NationalRoot : "56";
        var dashboards = scale == "national" ? new[] { ("national", root), ("province", "P01") } : [("province", root)];

        foreach (var (name, unitCode) in dashboards)
        {
            var (warm, cold, captured) = await InProcessAsync(services, unitCode);
            figures.AddLatency($"{name}_dashboard_in_process", warm);
            figures.AddLatency($"{name}_dashboard_in_process_after_write", cold);
            var floor = await SqlFloor.MeasureAsync(captured, provider);
            figures.AddLatency($"{name}_dashboard_sql_floor", floor);
            figures.Add($"{name}_dashboard_queries", captured.Count, "queries");
            figures.Add($"{name}_dashboard_after_write_ratio_to_floor", Percentile(cold, 95) / Math.Max(Percentile(floor, 95), 0.001), "x");
        }

        using var host = await HostProcess.StartAsync(settings);
        var token = services.GetRequiredService<TokenIssuer>().Issue("bench", root, Role.Admin, TimeSpan.FromHours(2));
        using var http = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        foreach (var (name, unitCode) in dashboards)
        {
            figures.AddLatency($"{name}_dashboard_http", await HttpLatencyAsync(http, unitCode, name == "national" ? 50 : 200));
        }

        var provinceCode = dashboards.Last().Item2;
        await ThroughputAsync(http, provinceCode, 8, TimeSpan.FromSeconds(5)); // lets the JIT finish optimising the hot path
        foreach (var clients in new[] { 8, 32 })
        {
            figures.Add($"province_dashboard_throughput_{clients}_clients", await ThroughputAsync(http, provinceCode, clients, TimeSpan.FromSeconds(10)), "requests/s");
        }

        var (writes, visible) = await WriteAndReadBackAsync(http, services, provinceCode);
        figures.AddLatency("write_through_graphql", writes);
        figures.Add("write_visible_on_next_read", visible ? 1 : 0, "bool");
        figures.Add("host_peak_memory", host.PeakMemoryMegabytes(), "MB");

        figures.Print(scale, provider);
        return visible ? 0 : 1;
    }

    private static WebApplication BuildHost(Dictionary<string, string> settings)
    {
        var builder = WebApplication.CreateBuilder([.. settings.Select(s => $"--{s.Key}={s.Value}")]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddModularHost(builder.Configuration);
        return builder.Build();
    }

    private static async Task<(long Records, double Seconds)?> DemoData(IServiceProvider services, string scale, bool fullRegister)
    {
        await services.InitializeStoresAsync(CancellationToken.None);
        return await SeedDemoCommand.SeedAsync(services, scale, 1, fullRegister, Console.Out, CancellationToken.None);
    }

    /// <summary>
    /// The dashboard as a front end asks for it: every target of every module at the unit and each child. Warm: read
    /// again while nothing was written (the evaluation is reused). Cold: computed from the stores, as after a write
    /// (each run asks for another as-of day, so nothing can be reused). The SQL of one cold run is captured.
    /// </summary>
    private static async Task<(List<double> Warm, List<double> Cold, List<CapturedCommand> Commands)> InProcessAsync(IServiceProvider services, string unitCode)
    {
        async Task OnceAsync(DateOnly asOf)
        {
            await using var scope = services.CreateAsyncScope();
            var engine = scope.ServiceProvider.GetRequiredService<ProgressEngine>();
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CoreDbContext>>().CreateDbContextAsync();
            var plan = await db.Plans.AsNoTracking().SingleAsync(p => p.Code == PlanCode);
            var evaluation = await engine.EvaluateAsync(plan, null, asOf, CancellationToken.None);
            var unit = evaluation.Tree.Find(unitCode)!;
            _ = evaluation.ForUnit(unit).Sum(p => p.Children.Count + 1);
        }

        var yearEnd = new DateOnly(2025, 12, 31);
        for (var i = 0; i < 3; i++)
        {
            await OnceAsync(yearEnd.AddDays(-100 - i));
        }

        List<CapturedCommand> commands;
        using (var capture = new CommandCapture())
        {
            await Task.Delay(1_500); // EF Core re-reads whether anyone listens to its events once a second
            await OnceAsync(yearEnd.AddDays(-200));
            commands = capture.Commands;
        }

        var cold = new List<double>();
        for (var i = 0; i < 30; i++)
        {
            var clock = Stopwatch.StartNew();
            await OnceAsync(yearEnd.AddDays(-i));
            cold.Add(clock.Elapsed.TotalMilliseconds);
        }

        var warm = new List<double>();
        for (var i = 0; i < 100; i++)
        {
            var clock = Stopwatch.StartNew();
            await OnceAsync(yearEnd);
            warm.Add(clock.Elapsed.TotalMilliseconds);
        }

        return (warm, cold, commands);
    }

    private static string DashboardQuery(string unitCode) =>
        $$"""{ plan(code: "{{PlanCode}}") { progress(unitCode: "{{unitCode}}", asOf: "2025-12-31") { target { code title } goal actual percent status unitsMeeting unitsCounted children { unit { code name } goal actual percent status unitsMeeting unitsCounted } } } }""";

    private static async Task<JsonNode> PostAsync(HttpClient http, string query, object? variables = null)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
        response.EnsureSuccessStatusCode();
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        if (body["errors"] is not null)
        {
            throw new InvalidOperationException(body["errors"]!.ToJsonString());
        }

        return body["data"]!;
    }

    private static async Task<List<double>> HttpLatencyAsync(HttpClient http, string unitCode, int count)
    {
        var query = DashboardQuery(unitCode);
        for (var i = 0; i < 50; i++)
        {
            await PostAsync(http, query); // until the JIT has optimised the hot path
        }

        var times = new List<double>();
        for (var i = 0; i < count; i++)
        {
            var clock = Stopwatch.StartNew();
            await PostAsync(http, query);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        return times;
    }

    private static async Task<double> ThroughputAsync(HttpClient http, string unitCode, int clients, TimeSpan duration)
    {
        var query = DashboardQuery(unitCode);
        var done = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            while (clock.Elapsed < duration)
            {
                await PostAsync(http, query);
                Interlocked.Increment(ref done);
            }
        }));
        return done / clock.Elapsed.TotalSeconds;
    }

    /// <summary>Records households leaving poverty through GraphQL, one at a time, and checks each shows on the next dashboard read.</summary>
    private static async Task<(List<double> Milliseconds, bool Visible)> WriteAndReadBackAsync(HttpClient http, IServiceProvider services, string provinceCode)
    {
        static double Households(JsonNode data) =>
            data["plan"]!["progress"]!.AsArray().Single(p => p!["target"]!["code"]!.GetValue<string>() == "2.2a")!["actual"]!.GetValue<double>();

        await using var scope = services.CreateAsyncScope();
        var tree = await scope.ServiceProvider.GetRequiredService<UnitDirectory>().LoadTreeAsync(CancellationToken.None);
        var commune = tree.Subtree(tree.Find(provinceCode)!).First(u => u.LevelKey == "base").Code;
        var times = new List<double>();
        var visible = true;
        for (var i = 0; i < 20; i++)
        {
            var before = Households(await PostAsync(http, DashboardQuery(provinceCode)));
            var clock = Stopwatch.StartNew();
            await PostAsync(
                http,
                "mutation($input: EconomyHouseholdInput!) { economy { createHousehold(input: $input) { id } } }",
                new
                {
                    input = new
                    {
                        unitCode = commune, headName = $"Nguyễn Thị Đo Lường {i}", village = $"Thôn đo {DateTime.UtcNow.Ticks}", statusAtStart = "POOR",
                        supportStartedOn = "2025-02-01", support = "LOAN", exitedPovertyOn = "2025-11-30",
                    },
                });
            times.Add(clock.Elapsed.TotalMilliseconds);
            visible &= Math.Abs(Households(await PostAsync(http, DashboardQuery(provinceCode))) - before - 1) < 1e-9;
        }

        return (times, visible);
    }

    public static double Percentile(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        var index = (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Count - 1)];
    }

    /// <summary>The figures of one run, printed as a table and as "name: value unit" lines.</summary>
    private sealed class Figures
    {
        private readonly List<(string Name, double Value, string Unit)> _rows = [];

        public void Add(string name, double value, string unit) => _rows.Add((name, value, unit));

        public void AddLatency(string name, List<double> milliseconds)
        {
            Add($"{name}_p50", Percentile(milliseconds, 50), "ms");
            Add($"{name}_p95", Percentile(milliseconds, 95), "ms");
        }

        public void Print(string scale, string provider)
        {
            Console.WriteLine();
            Console.WriteLine($"| figure ({scale}, {provider}) | value | unit |");
            Console.WriteLine("|---|---:|---|");
            foreach (var (name, value, unit) in _rows)
            {
                Console.WriteLine($"| {name} | {Format(value)} | {unit} |");
            }

            Console.WriteLine();
            foreach (var (name, value, unit) in _rows)
            {
                Console.WriteLine($"{name}: {Format(value)} {unit}");
            }
        }

        private static string Format(double value) => value.ToString(value >= 100 ? "0" : "0.##", CultureInfo.InvariantCulture);
    }
}
