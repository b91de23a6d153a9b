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
using Modular.Shared.Plans;
using Modular.Shared.Progress;
using Modular.Shared.Units;
using Modular.Testing;

namespace Modular.Bench;

/// <summary>
/// Measures, side by side in one run: dashboard latency in process and over HTTP (warm, and the first read after a
/// write), the floor of reading the answer already aggregated, the cost from scratch and its raw SQL, HTTP throughput,
/// writes through GraphQL and their visibility, a mixed load of writers and readers, generation and peak memory.
/// </summary>
internal static class BenchRun
{
    public static async Task<int> MainAsync(string[] args)
    {
        var options = CommandOptions.Parse(args);
        var scale = options.GetValueOrDefault("scale", "province");
        var provider = options.GetValueOrDefault("provider", "sqlite");
        if (scale is not ("province" or "national") || provider is not ("sqlite" or "postgres"))
        {
            Console.Error.WriteLine("Usage: --scale province|national [--provider sqlite|postgres] [--postgres <connection string>] [--reuse DIR] [--full-register] [--mixed-seconds 60] [--files]");
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
        if (options.ContainsKey("files"))
        {
            await services.InitializeStoresAsync(CancellationToken.None);
            await FileBench.RunAsync(services, settings, dataDirectory, figures.Add);
            figures.Print("files", provider);
            return 0;
        }

        var generated = await DemoData(services, scale, options.ContainsKey("full-register"));
        if (generated is { } g)
        {
            figures.Add("generation_rate", g.Records / g.Seconds, "records/s");
            figures.Add("generated_records", g.Records, "records");
            figures.Add("generation_time", g.Seconds, "s");
        }

        var root = scale == "national" ? SeedDemoCommand.NationalRoot : "56";
        var plan = await Workload.PlanAsync(services);
        var rootCommunes = await Workload.CommunesAsync(services, root);

        // The unit below the root a second dashboard shows: province P01 nationally, a commune of Khánh Hòa.
        var childCode = scale == "national" ? "P01" : rootCommunes[0];
        var dashboards = new[] { (Name: scale, Code: root), (Name: scale == "national" ? "province" : "commune", Code: childCode) };
        var written = 0;
        foreach (var (name, unitCode) in dashboards)
        {
            var communes = await Workload.CommunesAsync(services, unitCode);
            var (warm, afterWrite, fromScratch, captured) = await InProcessAsync(services, plan, root, unitCode, communes, () => written++);
            figures.AddLatency($"{name}_dashboard_in_process_warm", warm);
            figures.AddLatency($"{name}_dashboard_in_process_after_write", afterWrite);
            figures.AddLatency($"{name}_dashboard_through_schema_warm", await ThroughSchemaWarmAsync(services, root, unitCode));
            var floor = await AnswerFloor.MeasureAsync(await Workload.DashboardInProcessAsync(services, plan, unitCode, Workload.YearEnd), unitCode, provider, dataDirectory, connectionString);
            figures.AddLatency($"{name}_dashboard_answer_floor", floor);
            figures.Add($"{name}_dashboard_after_write_ratio_to_floor", Percentile(afterWrite, 95) / Math.Max(Percentile(floor, 95), 0.001), "x");
            figures.AddLatency($"{name}_dashboard_in_process_from_scratch", fromScratch);
            var sql = await SqlFloor.MeasureAsync(captured, provider);
            figures.AddLatency($"{name}_dashboard_from_scratch_sql", sql);
            figures.Add($"{name}_dashboard_from_scratch_queries", captured.Count, "queries");
        }

        using var host = await HostProcess.StartAsync(settings);
        var issuer = services.GetRequiredService<TokenIssuer>();
        string TokenFor(string user) => issuer.Issue(user, root, Role.Admin, TimeSpan.FromHours(2));
        using var http = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor("bench"));

        // A server that has been running a while: its hot paths optimised by the JIT (tiered compilation promotes a
        // method after it has run many times, in the background), as they are for every read but the first few.
        foreach (var (_, unitCode) in dashboards)
        {
            await ThroughputAsync(http, unitCode, 4, TimeSpan.FromSeconds(5));
            await HttpAfterWriteAsync(http, unitCode, await Workload.CommunesAsync(services, unitCode), 10);
        }

        foreach (var (name, unitCode) in dashboards)
        {
            figures.AddLatency($"{name}_dashboard_http_warm", await HttpWarmAsync(http, unitCode, scale == "national" && name == scale ? 50 : 200));
            var communes = await Workload.CommunesAsync(services, unitCode);
            var (writes, reads, visible) = await HttpAfterWriteAsync(http, unitCode, communes, scale == "national" && name == scale ? 30 : 50);
            figures.AddLatency($"{name}_dashboard_http_after_write", reads);
            figures.AddLatency($"write_through_graphql_{name}", writes);
            figures.Add($"{name}_write_visible_on_next_read", visible ? 1 : 0, "bool");
        }

        foreach (var clients in new[] { 8, 32 })
        {
            figures.Add($"{dashboards[1].Name}_dashboard_throughput_{clients}_clients", await ThroughputAsync(http, childCode, clients, TimeSpan.FromSeconds(10)), "requests/s");
        }

        figures.Add($"{scale}_dashboard_throughput_32_clients", await ThroughputAsync(http, root, 32, TimeSpan.FromSeconds(10)), "requests/s");

        var seconds = int.Parse(options.GetValueOrDefault("mixed-seconds", "60"), CultureInfo.InvariantCulture);
        var mixed = await MixedLoad.RunAsync(
            host.BaseAddress!, TokenFor, (root, rootCommunes), (childCode, await Workload.CommunesAsync(services, childCode)), writesPerSecond: 20, readers: 8, TimeSpan.FromSeconds(seconds));
        figures.AddLatency("mixed_read_http", mixed.Reads);
        figures.AddLatency("mixed_write_http", mixed.Writes);
        figures.Add("mixed_reads", mixed.Reads.Count, "reads");
        figures.Add("mixed_writes", mixed.Writes.Count, "writes");
        figures.Add("mixed_errors", mixed.Errors, "requests");
        figures.Add("mixed_reads_missing_an_acknowledged_write", mixed.NotVisible, "reads");
        figures.Add("host_peak_memory", host.PeakMemoryMegabytes(), "MB");

        figures.Print(scale, provider);
        if (mixed.FirstError is not null)
        {
            Console.WriteLine($"First mixed-load error: {mixed.FirstError}");
        }

        return figures.AllVisible && mixed.Errors == 0 && mixed.NotVisible == 0 ? 0 : 1;
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
    /// The dashboard through the product's services, every target at the unit and each child. Warm: asked again while
    /// nothing was written. After a write: a household recorded (through the schema, in process) at a random base union
    /// below the unit, then the dashboard asked: the first read after a write. From scratch: computed from the stores
    /// with nothing kept (each run asks for another as-of day); the SQL of one such run is captured.
    /// </summary>
    private static async Task<(List<double> Warm, List<double> AfterWrite, List<double> FromScratch, List<CapturedCommand> Commands)> InProcessAsync(
        IServiceProvider services, Plan plan, string rootCode, string unitCode, List<string> communes, Func<int> serial)
    {
        var random = new Random(7);
        Task Write() => Workload.WriteInProcessAsync(services, rootCode, communes[random.Next(communes.Count)], $"trong {serial()} {DateTime.UtcNow.Ticks}");
        Task Read(DateOnly asOf) => Workload.DashboardInProcessAsync(services, plan, unitCode, asOf);

        for (var i = 0; i < 3; i++)
        {
            await Write();
            await Read(Workload.YearEnd);
        }

        var afterWrite = new List<double>();
        for (var i = 0; i < 50; i++)
        {
            await Write();
            afterWrite.Add(await Workload.TimeAsync(() => Read(Workload.YearEnd)));
        }

        var warm = new List<double>();
        for (var i = 0; i < 100; i++)
        {
            warm.Add(await Workload.TimeAsync(() => Read(Workload.YearEnd)));
        }

        List<CapturedCommand> commands;
        using (var capture = new CommandCapture())
        {
            await Task.Delay(1_500); // EF Core re-reads whether anyone listens to its events once a second
            await Read(Workload.YearEnd.AddDays(-200));
            commands = capture.Commands;
        }

        var fromScratch = new List<double>();
        for (var i = 0; i < 20; i++)
        {
            fromScratch.Add(await Workload.TimeAsync(() => Read(Workload.YearEnd.AddDays(-1 - i))));
        }

        return (warm, afterWrite, fromScratch, commands);
    }

    /// <summary>The warm dashboard's document executed and serialized in process: the GraphQL share of a warm read over HTTP.</summary>
    private static async Task<List<double>> ThroughSchemaWarmAsync(IServiceProvider services, string rootCode, string unitCode)
    {
        for (var i = 0; i < 20; i++)
        {
            await Workload.DashboardThroughSchemaAsync(services, rootCode, unitCode);
        }

        var times = new List<double>();
        for (var i = 0; i < 50; i++)
        {
            times.Add(await Workload.TimeAsync(() => Workload.DashboardThroughSchemaAsync(services, rootCode, unitCode)));
        }

        return times;
    }

    private static async Task<List<double>> HttpWarmAsync(HttpClient http, string unitCode, int count)
    {
        var query = Workload.DashboardQuery(unitCode);
        for (var i = 0; i < 50; i++)
        {
            await Workload.PostAsync(http, query); // past the warm-up's writes: nothing is written while warm reads are measured
        }

        var times = new List<double>();
        for (var i = 0; i < count; i++)
        {
            times.Add(await Workload.TimeAsync(() => Workload.PostAsync(http, query)));
        }

        return times;
    }

    /// <summary>Households recorded over HTTP one at a time at random base unions below the unit, each followed by the dashboard, which must count it.</summary>
    private static async Task<(List<double> Writes, List<double> Reads, bool Visible)> HttpAfterWriteAsync(HttpClient http, string unitCode, List<string> communes, int count)
    {
        var query = Workload.DashboardQuery(unitCode);
        var random = new Random(11);
        var (writes, reads, visible) = (new List<double>(), new List<double>(), true);
        var before = Workload.Households(await Workload.PostAsync(http, query));
        for (var i = 0; i < count; i++)
        {
            var commune = communes[random.Next(communes.Count)];
            writes.Add(await Workload.TimeAsync(() => Workload.WriteAsync(http, commune, $"http {i} {DateTime.UtcNow.Ticks}")));
            JsonNode? data = null;
            reads.Add(await Workload.TimeAsync(async () => data = await Workload.PostAsync(http, query)));
            var after = Workload.Households(data!);
            visible &= Math.Abs(after - before - 1) < 1e-9;
            before = after;
        }

        return (writes, reads, visible);
    }

    private static async Task<double> ThroughputAsync(HttpClient http, string unitCode, int clients, TimeSpan duration)
    {
        var query = Workload.DashboardQuery(unitCode);
        var done = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            while (clock.Elapsed < duration)
            {
                await Workload.PostAsync(http, query);
                Interlocked.Increment(ref done);
            }
        }));
        return done / clock.Elapsed.TotalSeconds;
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

        /// <summary>Whether every write the run checked showed on the next read.</summary>
        public bool AllVisible => _rows.Where(r => r.Name.EndsWith("_visible_on_next_read", StringComparison.Ordinal)).All(r => r.Value == 1);

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
