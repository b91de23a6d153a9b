namespace Modular.Shared.Units;

/// <summary>All module switches, answering whether a module is on for a unit on a day.</summary>
public sealed class ModuleSwitchSet(IEnumerable<ModuleSwitch> switches)
{
    private readonly ILookup<(int UnitId, string ModuleKey), ModuleSwitch> _byUnit =
        switches.OrderByDescending(s => s.EffectiveFrom).ToLookup(s => (s.UnitId, s.ModuleKey));

    /// <summary>
    /// The nearest unit on the way up that switched the module on or before the day decides; with no switch
    /// anywhere above, an installed module is on.
    /// </summary>
    public bool IsOn(UnitTree tree, Unit unit, string moduleKey, DateOnly day)
    {
        foreach (var current in tree.SelfAndAncestors(unit))
        {
            var decision = _byUnit[(current.Id, moduleKey)].FirstOrDefault(s => s.EffectiveFrom <= day);
            if (decision is not null)
            {
                return decision.Enabled;
            }
        }

        return true;
    }
}
