using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Modular.Shared.Plans;
using Modular.Shared.Storage;
using Modular.Shared.Units;

namespace Modular.Shared.Data;

/// <summary>
/// Fills a new core store with the unit levels, the units in force when plan 223/KH-BTV was issued, and the plan
/// with its targets; then, as <c>Seed:Reorganisation2025</c> says, Ninh Thuận's pre-reform units and the
/// reorganisation of 1 July 2025 (<see cref="ReorganisationSeed"/>), so today's tree is the new Khánh Hòa. Runs after
/// the migrations and only adds what is missing, so restarts change nothing.
/// </summary>
internal sealed class CoreSeeder(IDbContextFactory<CoreDbContext> factory, IServiceScopeFactory scopes, IConfiguration configuration) : IStoreInitializer
{
    public const string UnitsResource = "Modular.Shared.Seed.khanh-hoa-2025-03-units.csv";
    public const string MergeMapResource = "Modular.Shared.Seed.khanh-hoa-2025-merge-map.csv";
    public const string PlanResource = "Modular.Shared.Seed.plan-223-KH-BTV-2025.json";

    /// <summary>The name the 1 July 2025 reorganisation is recorded under.</summary>
    public const string Reorganisation2025 = "Nghị quyết 1667/NQ-UBTVQH15 và 202/2025/QH15 (sắp xếp đơn vị hành chính từ 01/07/2025)";

    /// <summary>The first day of the two-tier local government.</summary>
    public static readonly DateOnly Reorganisation2025From = new(2025, 7, 1);

    private const string AbsorbedProvinceCode = "58";

    /// <summary>The day the GSO list of 01/03/2025 came into force (the 2023–2025 arrangement).</summary>
    private static readonly DateOnly UnitsValidFrom = new(2024, 11, 1);

    public string StoreKey => CoreStore.Key;

    public static IReadOnlyList<UnitLevel> Levels { get; } =
    [
        new() { Key = "central", Name = "Trung ương Hội", EnglishName = "Central union", Rank = 0 },
        new() { Key = "province", Name = "Cấp tỉnh", EnglishName = "Province", Rank = 1 },
        new() { Key = "district", Name = "Cấp huyện", EnglishName = "District", Rank = 2 },
        new() { Key = "affiliated", Name = "Hội Phụ nữ đơn vị trực thuộc", EnglishName = "Affiliated union", Rank = 2 },
        new() { Key = "base", Name = "Cơ sở Hội", EnglishName = "Base union", Rank = 3 },
        new() { Key = "branch", Name = "Chi hội", EnglishName = "Branch", Rank = 4, RollsUpToParent = true },
    ];

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var existingLevels = await db.UnitLevels.Select(l => l.Key).ToListAsync(cancellationToken);
        db.UnitLevels.AddRange(Levels.Where(l => !existingLevels.Contains(l.Key)).Select(l => new UnitLevel
        {
            Key = l.Key, Name = l.Name, EnglishName = l.EnglishName, Rank = l.Rank, RollsUpToParent = l.RollsUpToParent,
        }));
        await db.SaveChangesAsync(cancellationToken);

        var newDataFolder = !await db.Units.AnyAsync(cancellationToken);
        if (newDataFolder)
        {
            await SeedUnitsAsync(db, UnitRows(), cancellationToken);
        }

        var seed = ReadPlan();
        if (!await db.Plans.AnyAsync(p => p.Code == seed.Plan.Code, cancellationToken))
        {
            await SeedPlanAsync(db, seed, cancellationToken);
        }

        var reorganisation = configuration.GetValue("Seed:Reorganisation2025", ReorganisationSeed.Applied);
        if (newDataFolder && reorganisation != ReorganisationSeed.None)
        {
            await SeedReorganisation2025Async(db, reorganisation == ReorganisationSeed.Applied, cancellationToken);
        }
    }

    /// <summary>Ninh Thuận's pre-reform units (only the merge map lists them), then the merge map applied as the province admin would.</summary>
    private async Task SeedReorganisation2025Async(CoreDbContext db, bool apply, CancellationToken cancellationToken)
    {
        var map = ReadResource(MergeMapResource);
        var lines = map.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var headings = lines[0].Split(',').ToList();
        var cells = lines.Skip(1).Select(l => l.Split(',')).Select(c => headings.Select((h, i) => (h, c[i].Normalize(NormalizationForm.FormC))).ToDictionary()).ToList();
        var absorbed = cells.Where(c => c["old_province_code"] == AbsorbedProvinceCode).ToList();
        var rows = absorbed.Take(1).Select(c => new UnitRow(AbsorbedProvinceCode, c["old_province_name"], "province", ""))
            .Concat(absorbed.DistinctBy(c => c["old_district_code"]).Select(c => new UnitRow(c["old_district_code"], c["old_district_name"], "district", AbsorbedProvinceCode)))
            .Concat(absorbed.DistinctBy(c => c["old_code"]).Select(c => new UnitRow(c["old_code"], c["old_name"], "commune", c["old_district_code"])))
            .ToList();
        await SeedUnitsAsync(db, rows, cancellationToken);
        if (!apply)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var commands = scope.ServiceProvider.GetRequiredService<ReorganisationCommands>();
        await commands.ApplyAsync(new MergeMap(Reorganisation2025, Reorganisation2025From, MergeMap.ParseCsv(map)), dryRun: false, cancellationToken);
    }

    private static List<UnitRow> UnitRows() =>
        ReadResource(UnitsResource).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(line => line.Split(','))
            .Select(row => new UnitRow(row[0], row[1], row[2], row[4]))
            .ToList();

    private static async Task SeedUnitsAsync(CoreDbContext db, IReadOnlyList<UnitRow> rows, CancellationToken cancellationToken)
    {
        var byCode = new Dictionary<string, Unit>();
        foreach (var row in rows)
        {
            var (code, place, level, parentCode) = (row.Code, row.PlaceName.Normalize(NormalizationForm.FormC), row.Level, row.ParentCode);
            var unit = new Unit
            {
                Code = code,
                PlaceName = place,
                Name = $"Hội LHPN {place}",
                LevelKey = level == "commune" ? "base" : level,
                ValidFrom = UnitsValidFrom,
            };
            if (parentCode.Length > 0)
            {
                // Parents come before children in the file; a parent's id is only known once it is inserted.
                var parent = byCode[parentCode];
                if (parent.Id == 0)
                {
                    await db.SaveChangesAsync(cancellationToken);
                }

                unit.ParentId = parent.Id;
            }

            byCode[code] = unit;
            db.Units.Add(unit);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task SeedPlanAsync(CoreDbContext db, PlanSeed seed, CancellationToken cancellationToken)
    {
        var issuer = await db.Units.SingleAsync(u => u.Code == seed.Plan.IssuingUnitCode, cancellationToken);
        var plan = new Plan
        {
            Code = seed.Plan.Code,
            Title = seed.Plan.Title,
            Year = seed.Plan.Year,
            IssuingUnitId = issuer.Id,
            DocumentNumber = seed.Plan.DocumentNumber,
            IssuedOn = DateOnly.Parse(seed.Plan.IssuedOn, CultureInfo.InvariantCulture),
        };
        db.Plans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        db.Targets.AddRange(seed.Targets.Select((t, i) => new Target
        {
            PlanId = plan.Id,
            Code = t.Code,
            Title = t.Title,
            Section = t.Section,
            ModuleKey = t.Module,
            Kind = Enum.Parse<TargetKind>(t.Kind, ignoreCase: true),
            IndicatorKey = t.Indicator,
            DenominatorKey = t.Denominator,
            Goal = t.Goal,
            Threshold = t.Threshold,
            Levels = string.Join(',', t.Levels),
            DueDate = DateOnly.Parse(t.DueDate, CultureInfo.InvariantCulture),
            SortOrder = i,
        }));
        await db.SaveChangesAsync(cancellationToken);
    }

    internal static PlanSeed ReadPlan() =>
        JsonSerializer.Deserialize<PlanSeed>(ReadResource(PlanResource), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

    internal static string ReadResource(string name)
    {
        using var stream = typeof(CoreSeeder).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Missing embedded resource {name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Replace("\r", string.Empty, StringComparison.Ordinal);
    }

    private sealed record UnitRow(string Code, string PlaceName, string Level, string ParentCode);

    internal sealed record PlanSeed(PlanHeader Plan, IReadOnlyList<TargetSeed> Targets);

    internal sealed record PlanHeader(string Code, string Title, int Year, string IssuingUnitCode, string DocumentNumber, string IssuedOn);

    internal sealed record TargetSeed(
        string Code,
        string Title,
        string? Section,
        string Module,
        string Kind,
        string? Indicator,
        string? Denominator,
        double Goal,
        double? Threshold,
        IReadOnlyList<string> Levels,
        [property: JsonPropertyName("dueDate")] string DueDate);
}

/// <summary>What a new data folder starts with beside the units of the plan's issue (setting <c>Seed:Reorganisation2025</c>).</summary>
public enum ReorganisationSeed
{
    /// <summary>Ninh Thuận's pre-reform units and the 1 July 2025 reorganisation applied: today's tree is the new Khánh Hòa.</summary>
    Applied,

    /// <summary>Ninh Thuận's pre-reform units, the reorganisation left for an admin to apply.</summary>
    Pending,

    /// <summary>Only the 142 units in force when the plan was issued.</summary>
    None,
}
