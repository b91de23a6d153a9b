using Microsoft.EntityFrameworkCore;
using Modular.Shared.Data;

namespace Modular.Shared.Units;

/// <summary>Reads the unit tree and the module switches from the core store, once per request.</summary>
public sealed class UnitDirectory(IDbContextFactory<CoreDbContext> factory)
{
    private Task<UnitTree>? _tree;
    private Task<ModuleSwitchSet>? _switches;

    public Task<UnitTree> LoadTreeAsync(CancellationToken cancellationToken) =>
        LazyInitializer.EnsureInitialized(ref _tree, () => ReadTreeAsync(cancellationToken));

    public Task<ModuleSwitchSet> LoadSwitchesAsync(CancellationToken cancellationToken) =>
        LazyInitializer.EnsureInitialized(ref _switches, () => ReadSwitchesAsync(cancellationToken));

    /// <summary>Forgets what was read, after a write to units or switches in the same request.</summary>
    public void Invalidate()
    {
        _tree = null;
        _switches = null;
    }

    private async Task<UnitTree> ReadTreeAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var levels = await db.UnitLevels.AsNoTracking().ToListAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().ToListAsync(cancellationToken);
        var lineage = await db.UnitLineage.AsNoTracking().ToListAsync(cancellationToken);
        return new UnitTree(units, levels, lineage);
    }

    private async Task<ModuleSwitchSet> ReadSwitchesAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return new ModuleSwitchSet(await db.ModuleSwitches.AsNoTracking().ToListAsync(cancellationToken));
    }
}
