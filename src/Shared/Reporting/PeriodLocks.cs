using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Modular.Shared.Data;
using Modular.Shared.Modularity;
using Modular.Shared.Records;
using Modular.Shared.Units;

namespace Modular.Shared.Reporting;

/// <summary>
/// The one check that refuses writes inside an approved period: every write path of every module calls it (the record
/// service through <see cref="PeriodLockRule"/>, the member register, reported values, milestones). A write asks for
/// its unit and module only, once per request: the approved reports of that unit and module, a handful of rows.
/// </summary>
public sealed class PeriodLocks(IDbContextFactory<CoreDbContext> factory, UnitDirectory directory, ModuleCatalog catalog, TimeProvider clock)
{
    private readonly ConcurrentDictionary<(int UnitId, string ModuleKey), Task<List<PeriodLock>>> _known = new();

    /// <summary>Refuses with LOCKED when the unit's report for the module is approved for a period that holds the day.</summary>
    public Task EnsureOpenAsync(int unitId, string moduleKey, DateOnly day, CancellationToken cancellationToken) =>
        EnsureOpenAsync(unitId, moduleKey, day, day, cancellationToken);

    /// <summary>Refuses with LOCKED when the unit's report for the module is approved for a period that overlaps from..to.</summary>
    public async Task EnsureOpenAsync(int unitId, string moduleKey, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        if (await FindAsync(unitId, moduleKey, from, to, cancellationToken) is { } hit)
        {
            var days = from == to ? $"ngày {from:dd/MM/yyyy}" : $"từ {from:dd/MM/yyyy} đến {to:dd/MM/yyyy}";
            var module = catalog.Find(moduleKey)?.Name ?? moduleKey;
            var approvedOn = TimeZoneInfo.ConvertTime(hit.ApprovedAt, clock.LocalTimeZone);
            throw new DomainException(
                ErrorCodes.Locked,
                $"Báo cáo {hit.PeriodName} của {hit.UnitName} (mô-đun \"{module}\") đã được {hit.ApprovedBy} phê duyệt ngày {approvedOn:dd/MM/yyyy}: "
                + $"không thể ghi dữ liệu {days}. Cần cấp trên mở khóa báo cáo trước khi sửa.");
        }
    }

    /// <summary>The approved report whose period overlaps from..to at the unit, if any. A branch's records are its base union's figures: the base union's report locks them.</summary>
    public async Task<PeriodLock?> FindAsync(int unitId, string moduleKey, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var locks = await LocksOfAsync(unitId, moduleKey, cancellationToken);
        return locks.FirstOrDefault(l => from <= l.End && l.Start <= to);
    }

    /// <summary>The approved reports of the unit (or the base union a branch counts as) and module, for a bulk writer that checks many days.</summary>
    public async Task<IReadOnlyList<PeriodLock>> LocksOfAsync(int unitId, string moduleKey, CancellationToken cancellationToken)
    {
        var tree = await directory.LoadTreeAsync(cancellationToken);
        if (tree.Find(unitId) is not { } unit)
        {
            return [];
        }

        var counting = tree.CountingUnit(unit);
        return await _known.GetOrAdd((counting.Id, moduleKey), key => ReadAsync(key.UnitId, key.ModuleKey, counting.Name, cancellationToken));
    }

    /// <summary>Forgets what was read, after a step of a report in the same request.</summary>
    public void Forget() => _known.Clear();

    private async Task<List<PeriodLock>> ReadAsync(int unitId, string moduleKey, string unitName, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var rows = await (
            from r in db.PeriodReports.AsNoTracking()
            where r.UnitId == unitId && r.ModuleKey == moduleKey && (r.State == ReportState.Approved || r.State == ReportState.Accepted)
            join p in db.ReportingPeriods.AsNoTracking() on r.PeriodId equals p.Id
            select new { p.Name, p.Start, p.End, r.ApprovedBy, r.ApprovedAt }).ToListAsync(cancellationToken);
        return rows.Select(r => new PeriodLock(r.Name, r.Start, r.End, unitName, r.ApprovedBy ?? "", r.ApprovedAt ?? default)).ToList();
    }
}

/// <summary>An approved report as the lock check sees it.</summary>
public sealed record PeriodLock(string PeriodName, DateOnly Start, DateOnly End, string UnitName, string ApprovedBy, DateTimeOffset ApprovedAt)
{
    public bool Contains(DateOnly day) => Start <= day && day <= End;
}

/// <summary>Period locks on the record path: a write is refused when its unit and day, or for an update or delete the ones it had, lie in an approved period.</summary>
internal sealed class PeriodLockRule(PeriodLocks locks) : IRecordWriteRule
{
    public async Task CheckAsync(RecordWrite write, CancellationToken cancellationToken)
    {
        await locks.EnsureOpenAsync(write.Unit.Id, write.ModuleKey, write.Day, cancellationToken);
        if (write.PreviousUnit is { } previous && write.PreviousDay is { } day && (previous.Id != write.Unit.Id || day != write.Day))
        {
            await locks.EnsureOpenAsync(previous.Id, write.ModuleKey, day, cancellationToken);
        }
    }
}
