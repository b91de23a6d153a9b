using System.Globalization;
using System.Text.Json;
using Modular.Shared.Modularity;

namespace Modular.Shared.Plans;

/// <summary>
/// The targets each module measures in the plans it takes part in, as the module ships them (its
/// <c>Indicators/targets.json</c>, embedded as <c>targets.json</c>). Every module found is read, installed or left
/// out of this deployment, so a plan holds all its targets and those of a module that is off say why they have no figures.
/// </summary>
public sealed class ModuleTargets(ModuleCatalog catalog)
{
    public const string Resource = "targets.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The modules' targets for the plan, in the plan's order of codes (2.1, 2.2a, …, 2.8.1a, …, 5.10).</summary>
    public IReadOnlyList<AddTargetInput> For(string planCode) =>
        catalog.Discovered
            .SelectMany(module => Read(module).Where(p => p.Plan == planCode).SelectMany(p => p.Targets.Select(t => t.ToInput(module.Key))))
            .OrderBy(t => t.Code, PlanCodeComparer.Instance)
            .ToList();

    private static IReadOnlyList<PlanPart> Read(IModule module)
    {
        using var stream = module.GetType().Assembly.GetManifestResourceStream(Resource);
        return stream is null ? [] : JsonSerializer.Deserialize<ModuleFile>(stream, Json)!.Plans;
    }

    private sealed record ModuleFile(IReadOnlyList<PlanPart> Plans);

    private sealed record PlanPart(string Plan, IReadOnlyList<TargetEntry> Targets);

    private sealed record TargetEntry(
        string Code, string Title, string? Section, string Kind, string? Indicator, string? Denominator, double Goal, double? Threshold, IReadOnlyList<string> Levels, string DueDate)
    {
        public AddTargetInput ToInput(string moduleKey) => new(
            Code, Title, Section, moduleKey, Enum.Parse<TargetKind>(Kind, ignoreCase: true), Indicator, Denominator, Goal, Threshold, Levels,
            DateOnly.Parse(DueDate, CultureInfo.InvariantCulture));
    }
}

/// <summary>Orders target codes as the plan numbers them: by each dotted part, numbers as numbers ("5.9" before "5.10"), letters after ("5.5" before "5.5a").</summary>
public sealed class PlanCodeComparer : IComparer<string>
{
    public static PlanCodeComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        var (a, b) = ((x ?? "").Split('.'), (y ?? "").Split('.'));
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var order = ComparePart(a[i], b[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    private static int ComparePart(string a, string b)
    {
        var (numberA, suffixA) = Split(a);
        var (numberB, suffixB) = Split(b);
        var order = numberA.CompareTo(numberB);
        return order != 0 ? order : string.CompareOrdinal(suffixA, suffixB);
    }

    private static (int Number, string Suffix) Split(string part)
    {
        var digits = part.TakeWhile(char.IsAsciiDigit).Count();
        return (digits == 0 ? int.MaxValue : int.Parse(part[..digits], CultureInfo.InvariantCulture), part[digits..]);
    }
}
