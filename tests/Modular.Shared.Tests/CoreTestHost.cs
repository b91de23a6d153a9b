using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modular.Shared.Access;
using Modular.Shared.Data;
using Modular.Shared.Indicators;
using Modular.Shared.Plans;
using Modular.Testing;

namespace Modular.Shared.Tests;

/// <summary>
/// The product with a test plan "TEST/2025" whose targets read reported indicators of the test's own, so each rule of
/// the progress engine can be checked with numbers entered through the real reportValue mutation.
/// </summary>
public sealed class CoreTestHost : IAsyncLifetime
{
    public const string PlanCode = "TEST/2025";

    public ProductFactory Factory { get; } = new(services: s => s.AddSingleton<IIndicatorProvider, TestIndicators>());

    public GraphQLClient Admin => Factory.ClientFor("56", Role.Admin);

    public async Task InitializeAsync()
    {
        _ = Factory.Server; // starts the host: migrations and seed
        var contexts = Factory.Services.GetRequiredService<IDbContextFactory<CoreDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var province = await db.Units.SingleAsync(u => u.Code == "56");
        var plan = new Plan { Code = PlanCode, Title = "Kế hoạch thử 2025", Year = 2025, IssuingUnitId = province.Id, DocumentNumber = PlanCode };
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        var due = new DateOnly(2025, 12, 31);
        db.Targets.AddRange(
            Target(plan, "S", TargetKind.Sum, "test.done", null, 100, null, "province,district,base", due),
            Target(plan, "R", TargetKind.Ratio, "test.done", "test.found", 80, null, "province,district,base", due),
            Target(plan, "RD", TargetKind.Ratio, "test.done", "test.found", 70, null, "district", due),
            Target(plan, "C", TargetKind.Coverage, "test.done", null, 100, 2, "base", due),
            Target(plan, "CP", TargetKind.Coverage, "test.done", "test.population", 100, 60, "base", due),
            Target(plan, "M", TargetKind.Milestone, null, null, 1, null, "province", new DateOnly(2025, 10, 20)));
        await db.SaveChangesAsync();
    }

    public Task<System.Text.Json.Nodes.JsonNode> ReportAsync(string indicator, string unitCode, double value, string start = "2025-01-01", string end = "2025-12-31") =>
        Admin.DataAsync(
            "mutation($input: ReportValueInput!) { reportValue(input: $input) { value } }",
            new { input = new { indicator, unitCode, periodStart = start, periodEnd = end, value } });

    public async Task<System.Text.Json.Nodes.JsonArray> ProgressAsync(string unitCode, string asOf = "2025-12-31", GraphQLClient? client = null)
    {
        var data = await (client ?? Admin).DataAsync(
            """
            query($unit: String!, $asOf: Date) { plan(code: "TEST/2025") { progress(unitCode: $unit, asOf: $asOf) {
              target { code } goal actual percent achieved status unitsMeeting unitsCounted numerator denominator
              applicable allocationMismatch note children { unit { code } goal actual unitsMeeting unitsCounted numerator denominator } } } }
            """,
            new { unit = unitCode, asOf });
        return data["plan"]!["progress"]!.AsArray();
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    private static Target Target(Plan plan, string code, TargetKind kind, string? indicator, string? denominator, double goal, double? threshold, string levels, DateOnly due) =>
        new()
        {
            PlanId = plan.Id, Code = code, Title = $"Chỉ tiêu thử {code}", ModuleKey = "party", Kind = kind, IndicatorKey = indicator,
            DenominatorKey = denominator, Goal = goal, Threshold = threshold, Levels = levels, DueDate = due,
        };

    /// <summary>Reported indicators owned by the "party" module for these tests; they have no records of their own.</summary>
    private sealed class TestIndicators : IIndicatorProvider
    {
        public string ModuleKey => "party";

        public IReadOnlyList<IndicatorDefinition> Indicators { get; } =
        [
            new("test.done", "Việc đã làm (thử)", IndicatorSource.Reported),
            new("test.found", "Việc phát hiện (thử)", IndicatorSource.Reported),
            new("test.population", "Dân số (thử)", IndicatorSource.Reported, IndicatorAggregation.Stock),
        ];

        public Task<IReadOnlyList<IndicatorValue>> GetValuesAsync(IndicatorQuery query, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<IndicatorValue>>([]);
    }
}
