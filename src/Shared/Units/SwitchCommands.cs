using Microsoft.EntityFrameworkCore;
using Modular.Shared.Access;
using Modular.Shared.Data;
using Modular.Shared.Modularity;

namespace Modular.Shared.Units;

/// <summary>Switches modules on and off for a unit and its descendants (managers over the unit).</summary>
public sealed class SwitchCommands(IDbContextFactory<CoreDbContext> factory, UnitDirectory directory, AdminGuard guard, ModuleCatalog catalog)
{
    /// <summary>From <paramref name="effectiveFrom"/> on; a second switch on the same day replaces the first.</summary>
    public async Task<Unit> SwitchModuleAsync(string unitCode, string moduleKey, bool enabled, DateOnly effectiveFrom, CancellationToken cancellationToken)
    {
        if (!catalog.IsInstalled(moduleKey))
        {
            throw new DomainException(ErrorCodes.ModuleNotInstalled, $"Mô-đun '{moduleKey}' không được cài đặt.", "moduleKey");
        }

        var tree = await directory.LoadTreeAsync(cancellationToken);
        var unit = tree.Resolve(unitCode, effectiveFrom);
        guard.EnsureRoleOver(tree, unit, Role.Manager);

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var existing = await db.ModuleSwitches.SingleOrDefaultAsync(
            s => s.UnitId == unit.Id && s.ModuleKey == moduleKey && s.EffectiveFrom == effectiveFrom, cancellationToken);
        if (existing is null)
        {
            db.ModuleSwitches.Add(new ModuleSwitch { UnitId = unit.Id, ModuleKey = moduleKey, Enabled = enabled, EffectiveFrom = effectiveFrom });
        }
        else
        {
            existing.Enabled = enabled;
        }

        await db.SaveChangesAsync(cancellationToken);
        directory.Invalidate();
        return unit;
    }
}
