using Modular.Shared.Units;

namespace Modular.Shared.Access;

/// <summary>Role checks for the core's own writes (units, plans, targets, switches, allocations).</summary>
public sealed class AdminGuard(UnitAccess access)
{
    /// <summary>Admins at the root of the tree manage plans, targets and units.</summary>
    public void EnsureProvinceAdmin(UnitTree tree)
    {
        var caller = access.RequireCaller();
        var unit = access.CallerUnit(tree);
        if (caller.Role < Role.Admin || unit.ParentId is not null)
        {
            throw new DomainException(ErrorCodes.Forbidden, "Chỉ quản trị viên cấp tỉnh được sửa kế hoạch, chỉ tiêu và đơn vị.");
        }
    }

    /// <summary>The caller holds at least the role, and the unit lies in her subtree; for a write, her own unit is still in force.</summary>
    public void EnsureRoleOver(UnitTree tree, Unit unit, Role minimum, bool writes = true)
    {
        var caller = access.RequireCaller();
        if (writes)
        {
            access.CallerUnitForWriting(tree);
        }

        if (!access.CanSee(tree, unit.Id))
        {
            throw new DomainException(ErrorCodes.Forbidden, $"{unit.Name} nằm ngoài phạm vi đơn vị của tài khoản.");
        }

        if (caller.Role < minimum)
        {
            throw new DomainException(ErrorCodes.Forbidden, $"Việc này cần vai trò {minimum} trở lên; tài khoản có vai trò {caller.Role}.");
        }
    }
}
