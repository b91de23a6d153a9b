using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Modular.Shared.Access;
using Modular.Shared.Data;
using Modular.Shared.Demo;
using Modular.Shared.Storage;
using Modular.Shared.Units;

namespace Modular.Host.Demo;

/// <summary>
/// <c>seed-demo [--scale province|national] [--seed N] [--full-register]</c>: fills the data folder with a year of
/// plausible records through every installed module's bulk path, marked as demo data in the audit trail.
/// <c>province</c> is Khánh Hòa at its real size; <c>national</c> adds a synthetic tree of 63 provinces,
/// 705 districts and 10,599 base unions under a central union "VN".
/// </summary>
internal static class SeedDemoCommand
{
    public const string NationalRoot = "VN";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, CancellationToken cancellationToken)
    {
        var options = CommandOptions.Parse(args);
        var scale = options.GetValueOrDefault("scale", "province");
        if (scale is not ("province" or "national") || !int.TryParse(options.GetValueOrDefault("seed", "1"), out var seed))
        {
            await Console.Error.WriteLineAsync("Usage: seed-demo [--scale province|national] [--seed N] [--full-register]");
            return 2;
        }

        await services.InitializeStoresAsync(cancellationToken);
        await SeedAsync(services, scale, seed, options.ContainsKey("full-register"), Console.Out, cancellationToken);
        return 0;
    }

    /// <summary>Seeds the demo data; returns the records written and the seconds taken, or null when it was already there.</summary>
    public static async Task<(long Records, double Seconds)?> SeedAsync(
        IServiceProvider services, string scale, int seed, bool fullRegister, TextWriter output, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var label = DemoDataRequest.LabelFor(seed, 2025);
        await using (var db = await provider.GetRequiredService<IDbContextFactory<CoreDbContext>>().CreateDbContextAsync(cancellationToken))
        {
            if (await db.AuditEntries.AnyAsync(a => a.Action == AuditInterceptor.ImportAction && a.After!.Contains(label), cancellationToken))
            {
                await output.WriteLineAsync($"The data folder already holds this demo data ({label}); nothing written.");
                return null;
            }
        }

        var clock = Stopwatch.StartNew();
        var commands = provider.GetRequiredService<UnitCommands>();
        var directory = provider.GetRequiredService<UnitDirectory>();
        if (scale == "national")
        {
            var added = await commands.ImportUnitsAsync(SyntheticNation(), label, cancellationToken);
            await output.WriteLineAsync($"Units: {added:N0} added (63 provinces, 705 districts, 10,599 base unions).");
        }

        var tree = await directory.LoadTreeAsync(cancellationToken);
        var root = tree.Find(scale == "national" ? NationalRoot : "56")!;
        var units = tree.Subtree(root).Select(u => new UnitRef(u.Id, u.Code, u.Name, u.LevelKey)).ToList();
        var bases = units.Where(u => u.LevelKey == "base").ToList();
        var request = scale == "national"
            ? new DemoDataRequest(2025, seed, units, fullRegister ? 1_887 : 0, 48, 110)
            : new DemoDataRequest(2025, seed, units, 2_013, 42, 60);

        long total = 0;
        foreach (var generator in provider.GetServices<IDemoDataGenerator>().OrderBy(g => g.ModuleKey, StringComparer.Ordinal))
        {
            var started = clock.Elapsed;
            var written = await generator.GenerateAsync(request, cancellationToken);
            var seconds = (clock.Elapsed - started).TotalSeconds;
            total += written;
            await output.WriteLineAsync($"Module {generator.ModuleKey}: {written:N0} records in {seconds:0.0} s ({written / Math.Max(seconds, 0.001):N0} records/s).");
        }

        await output.WriteLineAsync($"Demo data ({label}): {total:N0} records for {bases.Count:N0} base unions in {clock.Elapsed.TotalSeconds:0.0} s.");
        return (total, clock.Elapsed.TotalSeconds);
    }

    /// <summary>63 provinces, 705 districts and 10,599 base unions, spread as evenly as the numbers allow.</summary>
    private static List<AddUnitInput> SyntheticNation()
    {
        var from = new DateOnly(2024, 1, 1);
        var units = new List<AddUnitInput> { new(NationalRoot, "Việt Nam", "Trung ương Hội LHPN Việt Nam", "central", "", from) };
        var district = 0;
        var commune = 0;
        for (var p = 1; p <= 63; p++)
        {
            var province = $"P{p:00}";
            units.Add(new AddUnitInput(province, $"Tỉnh mẫu {p:00}", null, "province", NationalRoot, from));
            var districts = Share(705, 63, p - 1);
            for (var d = 0; d < districts; d++, district++)
            {
                var districtCode = $"{province}-H{d + 1:00}";
                units.Add(new AddUnitInput(districtCode, $"Huyện mẫu {district + 1:000}", null, "district", province, from));
                for (var c = 0; c < Share(10_599, 705, district); c++, commune++)
                {
                    units.Add(new AddUnitInput($"{districtCode}-X{c + 1:00}", $"Xã mẫu {commune + 1:00000}", null, "base", districtCode, from));
                }
            }
        }

        return units;

        static int Share(int total, int parts, int index) => (total / parts) + (index < total % parts ? 1 : 0);
    }
}
