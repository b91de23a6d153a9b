using System.Diagnostics;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modular.Host.Auth;
using Modular.Shared.Data;
using Modular.Shared.Plans;
using Modular.Shared.Progress;
using Modular.Shared.Units;

namespace Modular.Bench;

/// <summary>What the benchmark asks and writes, in process and over HTTP: the dashboard and households leaving poverty.</summary>
internal static class Workload
{
    public const string PlanCode = "223/KH-BTV";

    /// <summary>The day written households left poverty: inside the year, before the dashboard's as-of date, after the 2025 merge.</summary>
    public static readonly DateOnly ExitDay = new(2025, 11, 30);

    public static readonly DateOnly YearEnd = new(2025, 12, 31);

    private const string HouseholdMutation = "mutation($input: EconomyHouseholdInput!) { economy { createHousehold(input: $input) { id } } }";

    /// <summary>The dashboard as a front end sends it: every target of every module at the unit and each child.</summary>
    public static string DashboardQuery(string unitCode) =>
        $$"""{ plan(code: "{{PlanCode}}") { progress(unitCode: "{{unitCode}}", asOf: "2025-12-31") { target { code title } goal actual percent status unitsMeeting unitsCounted children { unit { code name } goal actual percent status unitsMeeting unitsCounted } } } }""";

    /// <summary>A household out of poverty on <see cref="ExitDay"/> at the unit, named uniquely.</summary>
    public static object Household(string unitCode, string name) => new
    {
        unitCode,
        headName = $"Nguyễn Thị Đo Lường {name}",
        village = $"Thôn đo {name}",
        statusAtStart = "POOR",
        supportStartedOn = "2025-02-01",
        support = "LOAN",
        exitedPovertyOn = ExitDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Households out of poverty (target 2.2a) at the dashboard's unit.</summary>
    public static double Households(JsonNode data) =>
        data["plan"]!["progress"]!.AsArray().Single(p => p!["target"]!["code"]!.GetValue<string>() == "2.2a")!["actual"]!.GetValue<double>();

    /// <summary>The base unions of the unit's subtree in force on the day households are written.</summary>
    public static async Task<List<string>> CommunesAsync(IServiceProvider services, string unitCode)
    {
        var tree = (await services.GetRequiredService<UnitSnapshots>().CurrentAsync(CancellationToken.None)).Tree;
        return tree.Subtree(tree.Find(unitCode, ExitDay)!).Where(u => u.LevelKey == "base" && u.IsInForceOn(ExitDay)).Select(u => u.Code).ToList();
    }

    public static async Task<Plan> PlanAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<CoreDbContext>>().CreateDbContextAsync();
        return await db.Plans.AsNoTracking().SingleAsync(p => p.Code == PlanCode);
    }

    /// <summary>The dashboard through the product's services: the evaluation, every target at the unit and at each child.</summary>
    public static async Task<ProgressEvaluation> DashboardInProcessAsync(IServiceProvider services, Plan plan, string unitCode, DateOnly asOf)
    {
        await using var scope = services.CreateAsyncScope();
        var evaluation = await scope.ServiceProvider.GetRequiredService<ProgressEngine>().EvaluateAsync(plan, null, asOf, CancellationToken.None);
        var unit = evaluation.Tree.Find(unitCode, asOf)!;
        _ = evaluation.ForUnit(unit).Sum(p => p.Children.Count + 1);
        return evaluation;
    }

    /// <summary>Records a household through the schema in process, as a province admin would through the API.</summary>
    public static async Task WriteInProcessAsync(IServiceProvider services, string rootCode, string unitCode, string name) =>
        await ThroughSchemaAsync(services, rootCode, HouseholdMutation, new { input = Household(unitCode, name) });

    /// <summary>The dashboard's document through the schema in process and its answer serialized: what the HTTP endpoint does, without HTTP.</summary>
    public static Task DashboardThroughSchemaAsync(IServiceProvider services, string rootCode, string unitCode) =>
        ThroughSchemaAsync(services, rootCode, DashboardQuery(unitCode), null);

    private static async Task ThroughSchemaAsync(IServiceProvider services, string rootCode, string document, object? variables)
    {
        await using var scope = services.CreateAsyncScope();
        var serializer = scope.ServiceProvider.GetRequiredService<IGraphQLTextSerializer>();
        var admin = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ProductClaims.User, "bench"), new Claim(ProductClaims.Unit, rootCode), new Claim(ProductClaims.Role, "Admin")],
            "Bearer",
            ProductClaims.User,
            ProductClaims.Role));
        var result = await scope.ServiceProvider.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(new ExecutionOptions
        {
            Query = document,
            Variables = variables is null ? null : serializer.Deserialize<Inputs>(System.Text.Json.JsonSerializer.Serialize(variables)),
            RequestServices = scope.ServiceProvider,
            User = admin,
        });
        if (result.Errors is { Count: > 0 } errors)
        {
            throw new InvalidOperationException(string.Join("; ", errors.Select(e => e.Message)));
        }

        await serializer.WriteAsync(Stream.Null, result);
    }

    public static async Task<JsonNode> PostAsync(HttpClient http, string query, object? variables = null, CancellationToken cancellationToken = default)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables }, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var body = JsonNode.Parse(text)!;
        if (!response.IsSuccessStatusCode || body["errors"] is not null)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode}: {text}");
        }

        return body["data"]!;
    }

    public static Task<JsonNode> WriteAsync(HttpClient http, string unitCode, string name, CancellationToken cancellationToken = default) =>
        PostAsync(http, HouseholdMutation, new { input = Household(unitCode, name) }, cancellationToken);

    public static async Task<double> TimeAsync(Func<Task> action)
    {
        var clock = Stopwatch.StartNew();
        await action();
        return clock.Elapsed.TotalMilliseconds;
    }
}
