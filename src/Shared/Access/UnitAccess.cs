using Modular.Shared.Modularity;
using Modular.Shared.Units;

namespace Modular.Shared.Access;

/// <summary>A unit as modules see it.</summary>
public sealed record UnitRef(int Id, string Code, string Name, string LevelKey);

/// <summary>
/// The one place that decides whether the caller may read or write a unit's records: the unit must exist, lie in
/// the caller's subtree (which includes the history of units that went into it), and for writes the caller's own
/// unit must be in force, the caller a reporter or above and the module on for the unit on the record's day.
/// A unit code is read on the day it is about: the record's day for writes, today for reads.
/// </summary>
public sealed class UnitAccess(ICallerAccessor callers, UnitDirectory directory, ModuleCatalog catalog, TimeProvider clock)
{
    public Caller RequireCaller() =>
        callers.Current ?? throw new DomainException(ErrorCodes.Unauthenticated, "Cần đăng nhập: gửi kèm mã truy cập (Authorization: Bearer ...).");

    /// <summary>The caller's own unit in the given tree: the unit that carries the code now (the open one, else the one that closed last).</summary>
    public Unit CallerUnit(UnitTree tree)
    {
        var caller = RequireCaller();
        var unit = caller.UnitCode == Caller.RootUnit ? tree.Units.FirstOrDefault(u => u.ParentId is null) : tree.Find(caller.UnitCode);
        return unit
            ?? throw new DomainException(ErrorCodes.Forbidden, $"Đơn vị {caller.UnitCode} của tài khoản không có trong hệ thống.");
    }

    /// <summary>Whether the caller's subtree holds the unit; the system account's holds every unit, under every root.</summary>
    public bool CanSee(UnitTree tree, int unitId) =>
        RequireCaller().UnitCode == Caller.RootUnit ? tree.Find(unitId) is not null : tree.IsInSubtree(unitId, CallerUnit(tree).Id);

    /// <summary>The caller's own unit, refused when it has closed: a user keeps reading her closed unit's history but writes nothing more there.</summary>
    public Unit CallerUnitForWriting(UnitTree tree)
    {
        var unit = CallerUnit(tree);
        if (unit.ValidTo < Today())
        {
            throw new DomainException(ErrorCodes.Forbidden, $"{tree.ClosedMessage(unit)} Tài khoản chỉ còn xem được dữ liệu cũ; cần được cấp quyền tại đơn vị mới để ghi.");
        }

        return unit;
    }

    /// <summary>Resolves a unit whose records the caller wants to read: the unit the code names today, else the last one that carried it.</summary>
    public async Task<UnitRef> ForReadAsync(string unitCode, CancellationToken cancellationToken)
    {
        var tree = await directory.LoadTreeAsync(cancellationToken);
        var unit = tree.ResolveForReading(unitCode, Today());
        EnsureInScope(tree, unit);
        return ToRef(unit);
    }

    /// <summary>Resolves a unit the caller wants to write a module's records for, on the given day.</summary>
    public async Task<UnitRef> ForWriteAsync(string unitCode, string moduleKey, DateOnly day, CancellationToken cancellationToken, Role minimum = Role.Reporter)
    {
        var tree = await directory.LoadTreeAsync(cancellationToken);
        var unit = tree.Resolve(unitCode, day);
        await EnsureCanWriteAsync(tree, unit, moduleKey, day, minimum, cancellationToken);
        return ToRef(unit);
    }

    /// <summary>Checks a write to an existing record's unit (for updates and deletes).</summary>
    public async Task EnsureCanWriteAsync(int unitId, string moduleKey, DateOnly day, CancellationToken cancellationToken, Role minimum = Role.Reporter)
    {
        var tree = await directory.LoadTreeAsync(cancellationToken);
        var unit = tree.Find(unitId) ?? throw new DomainException(ErrorCodes.NotFound, "Không tìm thấy đơn vị của bản ghi.");
        await EnsureCanWriteAsync(tree, unit, moduleKey, day, minimum, cancellationToken);
    }

    /// <summary>
    /// Whether the caller may read the records of a unit. A record asked for by id outside her subtree is answered
    /// exactly like a missing one, so ids disclose neither that a record exists nor which unit holds it.
    /// </summary>
    public async Task<bool> CanReadAsync(int unitId, CancellationToken cancellationToken)
    {
        var tree = await directory.LoadTreeAsync(cancellationToken);
        return tree.Find(unitId) is not null && CanSee(tree, unitId);
    }

    /// <summary>Checks that the caller may read an existing record's unit.</summary>
    public async Task EnsureCanReadAsync(int unitId, CancellationToken cancellationToken)
    {
        var tree = await directory.LoadTreeAsync(cancellationToken);
        var unit = tree.Find(unitId) ?? throw new DomainException(ErrorCodes.NotFound, "Không tìm thấy đơn vị của bản ghi.");
        EnsureInScope(tree, unit);
    }

    /// <summary>
    /// The units whose records a list may show: the subtree of <paramref name="unitCode"/> (the caller's own unit
    /// when null), which must lie inside the caller's subtree.
    /// </summary>
    public async Task<IReadOnlyList<int>> ReadableSubtreeAsync(string? unitCode, CancellationToken cancellationToken)
    {
        var tree = await directory.LoadTreeAsync(cancellationToken);
        var root = unitCode is null ? CallerUnit(tree) : tree.ResolveForReading(unitCode, Today());
        EnsureInScope(tree, root);
        return tree.Reach(root).Select(u => u.Id).ToList();
    }

    public async Task<UnitRef?> FindAsync(int unitId, CancellationToken cancellationToken)
    {
        var tree = await directory.LoadTreeAsync(cancellationToken);
        return tree.Find(unitId) is { } unit ? ToRef(unit) : null;
    }

    private async Task EnsureCanWriteAsync(UnitTree tree, Unit unit, string moduleKey, DateOnly day, Role minimum, CancellationToken cancellationToken)
    {
        var caller = RequireCaller();
        EnsureInScope(tree, unit);
        CallerUnitForWriting(tree);
        if (caller.Role < minimum)
        {
            throw new DomainException(ErrorCodes.Forbidden, $"Vai trò {caller.Role} không được ghi dữ liệu; cần vai trò {minimum} trở lên.");
        }

        if (!unit.IsInForceOn(day))
        {
            throw new DomainException(
                ErrorCodes.Validation,
                unit.ValidTo < day ? tree.ClosedMessage(unit) : $"{unit.Name} chỉ hoạt động từ {unit.ValidFrom:dd/MM/yyyy}; không ghi được dữ liệu ngày {day:dd/MM/yyyy}.",
                "unitCode");
        }

        if (!catalog.IsInstalled(moduleKey))
        {
            throw new DomainException(ErrorCodes.ModuleNotInstalled, $"Mô-đun '{moduleKey}' không được cài đặt.");
        }

        var switches = await directory.LoadSwitchesAsync(cancellationToken);
        if (!switches.IsOn(tree, unit, moduleKey, day))
        {
            throw new DomainException(
                ErrorCodes.ModuleOff,
                $"Mô-đun \"{catalog.Find(moduleKey)!.Name}\" đang tắt tại {unit.Name} vào ngày {day:dd/MM/yyyy}: không thể ghi dữ liệu.");
        }
    }

    private void EnsureInScope(UnitTree tree, Unit unit)
    {
        if (!CanSee(tree, unit.Id))
        {
            throw new DomainException(ErrorCodes.Forbidden, $"{unit.Name} nằm ngoài phạm vi đơn vị của tài khoản.");
        }
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    private static UnitRef ToRef(Unit unit) => new(unit.Id, unit.Code, unit.Name, unit.LevelKey);
}
