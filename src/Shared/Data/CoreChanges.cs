using Modular.Shared.Accounts;
using Modular.Shared.Indicators;
using Modular.Shared.Plans;
using Modular.Shared.Storage;
using Modular.Shared.Units;

namespace Modular.Shared.Data;

/// <summary>What a write to the core store can have changed, as readers that keep what they read need to know.</summary>
[Flags]
public enum CoreChange
{
    None = 0,
    Units = 1,
    Switches = 2,
    Plans = 4,
    Allocations = 8,
    Milestones = 16,
    ReportedValues = 32,

    /// <summary>A write the readers do not know (a table added later): take everything as changed.</summary>
    Everything = ~0,
}

/// <summary>Reads the core store's change feed by the entity each write names.</summary>
public static class CoreChanges
{
    /// <summary>
    /// What the writes may have changed; every change when the feed could not list them. A reorganisation is one
    /// entry for all it wrote, and a unit change may move switches with it, so either counts for units and switches.
    /// </summary>
    public static CoreChange Of(StoreChanges changes) =>
        changes.Changes?.Aggregate(CoreChange.None, (all, change) => all | Of(change)) ?? CoreChange.Everything;

    private static CoreChange Of(StoreChange change) => change.Entity switch
    {
        nameof(UserAccount) => CoreChange.None,
        nameof(ReportedValue) => CoreChange.ReportedValues,
        nameof(ModuleSwitch) => CoreChange.Switches,
        nameof(GoalAllocation) => CoreChange.Allocations,
        nameof(MilestoneCompletion) => CoreChange.Milestones,
        nameof(Plan) or nameof(Target) => CoreChange.Plans,
        nameof(Unit) or nameof(UnitLineage) or nameof(UnitLevel) or nameof(Reorganisation) => CoreChange.Units | CoreChange.Switches,
        _ => CoreChange.Everything,
    };
}
