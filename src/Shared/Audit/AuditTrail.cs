using Modular.Shared.Access;
using Modular.Shared.GraphQL;
using Modular.Shared.Storage;
using Modular.Shared.Units;

namespace Modular.Shared.Audit;

/// <summary>What <c>auditTrail</c> asks for: the subtree of a unit (default the caller's), optionally one module, one user and a date range.</summary>
public sealed record AuditTrailQuery(string? UnitCode, string? ModuleKey, string? UserName, DateOnly? From, DateOnly? To);

/// <summary>One audit entry with the store it was read from (entry ids are only unique within a store).</summary>
public sealed record AuditRecord(string StoreKey, AuditEntry Entry);

/// <summary>
/// Reads the audit trail for managers and admins: every installed store's entries whose unit lies in the
/// requested subtree, merged newest first. Entries that name no unit (plans, targets) are shown to province
/// admins only, and only over the whole tree.
/// </summary>
public sealed class AuditTrail(IEnumerable<IModuleStore> stores, UnitDirectory directory, UnitAccess access, AdminGuard guard, TimeProvider clock)
{
    public async Task<Page<AuditRecord>> ReadAsync(AuditTrailQuery query, PageRequest page, CancellationToken cancellationToken)
    {
        var tree = await directory.LoadTreeAsync(cancellationToken);
        var root = query.UnitCode is null
            ? access.CallerUnit(tree)
            : tree.ResolveForReading(query.UnitCode, DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        guard.EnsureRoleOver(tree, root, Role.Manager, writes: false);
        if (query.From is { } first && query.To is { } last && last < first)
        {
            throw new DomainException(ErrorCodes.Validation, "Ngày kết thúc phải từ ngày bắt đầu trở đi.", "to");
        }

        var wholeTree = root.ParentId is null;
        var filter = new AuditFilter(
            wholeTree ? null : tree.Reach(root).Select(u => u.Id).ToList(),
            IncludeWithoutUnit: wholeTree && access.RequireCaller().Role >= Role.Admin,
            VietnameseText.Clean(query.ModuleKey),
            VietnameseText.Clean(query.UserName),
            query.From is { } from ? StartOf(from) : null,
            query.To is { } to ? StartOf(to.AddDays(1)) : null,
            Take: page.Skip + page.Take);

        var slices = new List<AuditSlice>();
        foreach (var store in stores.OrderBy(s => s.Order).ThenBy(s => s.Key, StringComparer.Ordinal))
        {
            slices.Add(await store.ReadAuditAsync(filter, cancellationToken));
        }

        // Each store gave its newest Skip + Take in the same order, so the merged page is exact.
        var items = slices
            .SelectMany(s => s.Entries.Select(e => new AuditRecord(s.StoreKey, e)))
            .OrderByDescending(r => r.Entry.At).ThenBy(r => r.StoreKey, StringComparer.Ordinal).ThenByDescending(r => r.Entry.Id)
            .Skip(page.Skip).Take(page.Take)
            .ToList();
        return new Page<AuditRecord>(items, slices.Sum(s => s.TotalCount), page.Skip, page.Take);
    }

    /// <summary>The first instant of a local day, in UTC (dates mean the union's local calendar).</summary>
    private DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, clock.LocalTimeZone.GetUtcOffset(midnight)).ToUniversalTime();
    }
}
