using Modular.Shared.Storage;

namespace Modular.Shared.Units;

/// <summary>A level of the union's organisation (province, district, base union, branch, affiliated union): data, not code.</summary>
public sealed class UnitLevel
{
    public required string Key { get; set; }

    public required string Name { get; set; }

    public required string EnglishName { get; set; }

    /// <summary>Depth in the tree: 0 for the central union, 1 for a province.</summary>
    public int Rank { get; set; }

    /// <summary>Records of units at this level count as their parent's (a branch's work is its base union's).</summary>
    public bool RollsUpToParent { get; set; }
}

/// <summary>A Women's Union unit: one place's union, valid over a period, possibly succeeded by another after a reorganisation.</summary>
public sealed class Unit : IUnitOwned
{
    public int Id { get; set; }

    /// <summary>The official code of the place (GSO), or a code the union gives branches and affiliated unions.</summary>
    public required string Code { get; set; }

    /// <summary>The union's name: "Hội LHPN Phường Vĩnh Hải".</summary>
    public required string Name { get; set; }

    /// <summary>The place's own name: "Phường Vĩnh Hải".</summary>
    public required string PlaceName { get; set; }

    public required string LevelKey { get; set; }

    public int? ParentId { get; set; }

    public DateOnly ValidFrom { get; set; }

    /// <summary>The last day the unit existed; null while it is in force.</summary>
    public DateOnly? ValidTo { get; set; }

    /// <summary>The unit that took over after a merger.</summary>
    public int? SuccessorId { get; set; }

    int IUnitOwned.UnitId => Id;

    public bool IsInForceOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day <= ValidTo);
}

/// <summary>A dated switch of one module at one unit; descendants inherit the nearest switch above them.</summary>
public sealed class ModuleSwitch : IUnitOwned
{
    public int Id { get; set; }

    public int UnitId { get; set; }

    public required string ModuleKey { get; set; }

    public bool Enabled { get; set; }

    /// <summary>The first day the switch applies; earlier days keep the state they had.</summary>
    public DateOnly EffectiveFrom { get; set; }
}
