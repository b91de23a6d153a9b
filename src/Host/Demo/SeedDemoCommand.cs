using System.Diagnostics;
using Modular.Shared;
using Modular.Shared.Access;
using Modular.Shared.Demo;
using Modular.Shared.Storage;
using Modular.Shared.Units;

namespace Modular.Host.Demo;

/// <summary>
/// <c>seed-demo [--scale province|national] [--seed N] [--full-register] [--unit CODE]</c>: fills the data folder with a
/// year of plausible records through every installed module's bulk path, marked as demo data in the audit trail.
/// <c>province</c> is Khánh Hòa at its real size; <c>national</c> adds a synthetic tree of 63 provinces,
/// 705 districts and 10,599 base unions under a central union "VN"; <c>--unit</c> fills only that unit's subtree.
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
            await Console.Error.WriteLineAsync("Usage: seed-demo [--scale province|national] [--seed N] [--full-register] [--unit CODE]");
            return 2;
        }

        await services.InitializeStoresAsync(cancellationToken);
        try
        {
            await SeedAsync(services, scale, seed, options.ContainsKey("full-register"), Console.Out, cancellationToken, options.GetValueOrDefault("unit"));
            return 0;
        }
        catch (DomainException refusal)
        {
            await Console.Error.WriteLineAsync(refusal.Message);
            return 2;
        }
    }

    /// <summary>The entity of the import entries that mark a module's demo data, and then the whole data set, as complete.</summary>
    public const string Marker = "DemoData";

    /// <summary>
    /// Seeds the demo data; returns the records written and the seconds taken, or null when it was already there.
    /// Resumable: each module's records are written in one write session, together with a marker in the module's own
    /// store that commits last, so a run killed at any point leaves each module either complete or untouched, and the
    /// next run writes exactly what is missing. The marker of the whole data set is written once every module is in.
    /// </summary>
    public static async Task<(long Records, double Seconds)?> SeedAsync(
        IServiceProvider services, string scale, int seed, bool fullRegister, TextWriter output, CancellationToken cancellationToken, string? unitCode = null)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var label = DemoDataRequest.LabelFor(seed, 2025) + (unitCode is null ? string.Empty : $", unit {unitCode}");
        var stores = provider.GetServices<IModuleStore>().ToDictionary(s => s.Key, StringComparer.Ordinal);
        if (await stores[CoreStore.Key].HasImportAsync(Marker, label, cancellationToken))
        {
            await output.WriteLineAsync($"The data folder already holds this demo data ({label}); nothing written.");
            return null;
        }

        var clock = Stopwatch.StartNew();
        var sessions = provider.GetRequiredService<WriteSessions>();
        var directory = provider.GetRequiredService<UnitDirectory>();
        if (scale == "national" && (await directory.LoadTreeAsync(cancellationToken)).Find(NationalRoot) is null)
        {
            await using var session = sessions.Begin();
            var added = await provider.GetRequiredService<UnitCommands>().ImportUnitsAsync(SyntheticNation(), label, cancellationToken);
            await session.CommitAsync(cancellationToken);
            directory.Invalidate();
            await output.WriteLineAsync($"Units: {added:N0} added (63 provinces, 705 districts, 10,599 base unions).");
        }

        var tree = await directory.LoadTreeAsync(cancellationToken);
        var root = tree.Find(unitCode ?? (scale == "national" ? NationalRoot : "56"))
            ?? throw new DomainException(ErrorCodes.NotFound, $"Không có đơn vị mã {unitCode}.", "unit");
        // Every unit that worked in the year, closed ones included: each module writes only on the days a unit was in force,
        // so across the July 2025 reorganisation the old units get January to June and the new ones July to December.
        var units = tree.Reach(root).Select(u => new UnitRef(u.Id, u.Code, u.Name, u.LevelKey)).ToList();
        var bases = units.Where(u => u.LevelKey == "base").ToList();
        var request = scale == "national"
            ? new DemoDataRequest(2025, seed, units, fullRegister ? 1_887 : 0, 48, 110)
            : new DemoDataRequest(2025, seed, units, 2_013, 42, 60);

        long total = 0;
        foreach (var generator in provider.GetServices<IDemoDataGenerator>().OrderBy(g => g.ModuleKey, StringComparer.Ordinal))
        {
            var store = stores[generator.ModuleKey];
            if (await store.HasImportAsync(Marker, label, cancellationToken))
            {
                await output.WriteLineAsync($"Module {generator.ModuleKey}: already complete from an earlier run.");
                continue;
            }

            var started = clock.Elapsed;
            await using var session = sessions.Begin();
            var written = await generator.GenerateAsync(request, cancellationToken);
            await store.RecordImportAsync(Marker, (int)written, label, cancellationToken);
            await session.CommitAsync(cancellationToken);
            var seconds = (clock.Elapsed - started).TotalSeconds;
            total += written;
            await output.WriteLineAsync($"Module {generator.ModuleKey}: {written:N0} records in {seconds:0.0} s ({written / Math.Max(seconds, 0.001):N0} records/s).");
        }

        await stores[CoreStore.Key].RecordImportAsync(Marker, (int)Math.Min(total, int.MaxValue), label, cancellationToken);
        await output.WriteLineAsync($"Demo data ({label}): {total:N0} records for {bases.Count:N0} base unions in {clock.Elapsed.TotalSeconds:0.0} s.");
        return (total, clock.Elapsed.TotalSeconds);
    }

    /// <summary>Whether a data folder holds a module's demo data without the mark of the whole set: a run that was stopped.</summary>
    public static async Task<bool> IsIncompleteAsync(IEnumerable<IModuleStore> stores, CancellationToken cancellationToken)
    {
        const string AnyDemoData = "demo data, seed";
        var core = stores.Single(s => s.Key == CoreStore.Key);
        if (await core.HasImportAsync(Marker, AnyDemoData, cancellationToken))
        {
            return false;
        }

        foreach (var store in stores.Where(s => s.Key != CoreStore.Key))
        {
            if (await store.HasImportAsync(Marker, AnyDemoData, cancellationToken))
            {
                return true;
            }
        }

        return false;
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
