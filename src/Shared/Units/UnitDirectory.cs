using Microsoft.EntityFrameworkCore;
using Modular.Shared.Data;
using Modular.Shared.Storage;

namespace Modular.Shared.Units;

/// <summary>
/// The unit tree and the module switches as one request sees them: the committed snapshot every request shares
/// (<see cref="UnitSnapshots"/>), checked once per request against the core store's change feed, or, once the request
/// has written units or switches itself, what its own write session reads.
/// </summary>
public sealed class UnitDirectory(IDbContextFactory<CoreDbContext> factory, UnitSnapshots snapshots)
{
    private Task<UnitSnapshot>? _snapshot;
    private Task<UnitTree>? _ownTree;
    private Task<ModuleSwitchSet>? _ownSwitches;
    private bool _written;

    public async Task<UnitTree> LoadTreeAsync(CancellationToken cancellationToken) =>
        _written
            ? await LazyInitializer.EnsureInitialized(ref _ownTree, () => UnitSnapshots.ReadTreeAsync(factory, cancellationToken))
            : (await SnapshotAsync(cancellationToken)).Tree;

    public async Task<ModuleSwitchSet> LoadSwitchesAsync(CancellationToken cancellationToken) =>
        _written
            ? await LazyInitializer.EnsureInitialized(ref _ownSwitches, () => UnitSnapshots.ReadSwitchesAsync(factory, cancellationToken))
            : (await SnapshotAsync(cancellationToken)).Switches;

    /// <summary>After a write to units or switches in this request: from now on it reads its own writes, not the shared snapshot.</summary>
    public void Invalidate()
    {
        _written = true;
        _ownTree = null;
        _ownSwitches = null;
    }

    private Task<UnitSnapshot> SnapshotAsync(CancellationToken cancellationToken) =>
        LazyInitializer.EnsureInitialized(ref _snapshot, () => snapshots.CurrentAsync(cancellationToken));
}

/// <summary>The committed unit tree and switches at a version of the core store.</summary>
public sealed record UnitSnapshot(long Version, UnitTree Tree, ModuleSwitchSet Switches);

/// <summary>
/// The latest committed unit tree and module switches, shared by every request: a request reads the core store's
/// change feed since the snapshot's version (one query of the newest entries), and the tree is read again only when
/// a write since touched units (or a table this reader does not know), the switches only when one touched switches.
/// The version comes from the database, so a write from another host process is seen on the next request too.
/// </summary>
public sealed class UnitSnapshots(IDbContextFactory<CoreDbContext> factory, IEnumerable<IModuleStore> stores, WriteSessions sessions)
{
    private readonly IModuleStore _core = stores.Single(s => s.Key == CoreStore.Key);
    private readonly Lock _gate = new();
    private UnitSnapshot? _latest;

    /// <summary>The snapshot as of now. Read outside any write session: what is shared must be committed.</summary>
    public Task<UnitSnapshot> CurrentAsync(CancellationToken cancellationToken) => sessions.CommittedAsync(async () =>
    {
        var known = _latest;
        if (known is null)
        {
            var version = await _core.VersionAsync(cancellationToken);
            return Keep(new UnitSnapshot(version, await ReadTreeAsync(factory, cancellationToken), await ReadSwitchesAsync(factory, cancellationToken)));
        }

        var changes = await _core.ChangesAsync(known.Version, cancellationToken);
        if (changes.None)
        {
            return known;
        }

        var changed = CoreChanges.Of(changes);
        return Keep(new UnitSnapshot(
            changes.Version,
            changed.HasFlag(CoreChange.Units) ? await ReadTreeAsync(factory, cancellationToken) : known.Tree,
            changed.HasFlag(CoreChange.Switches) ? await ReadSwitchesAsync(factory, cancellationToken) : known.Switches));
    });

    internal static async Task<UnitTree> ReadTreeAsync(IDbContextFactory<CoreDbContext> factory, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var levels = await db.UnitLevels.AsNoTracking().ToListAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().ToListAsync(cancellationToken);
        var lineage = await db.UnitLineage.AsNoTracking().ToListAsync(cancellationToken);
        return new UnitTree(units, levels, lineage);
    }

    internal static async Task<ModuleSwitchSet> ReadSwitchesAsync(IDbContextFactory<CoreDbContext> factory, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return new ModuleSwitchSet(await db.ModuleSwitches.AsNoTracking().ToListAsync(cancellationToken));
    }

    /// <summary>Keeps the snapshot unless a newer one was kept meanwhile (versions only grow).</summary>
    private UnitSnapshot Keep(UnitSnapshot snapshot)
    {
        lock (_gate)
        {
            if (_latest is null || _latest.Version < snapshot.Version)
            {
                _latest = snapshot;
            }
        }

        return snapshot;
    }
}
