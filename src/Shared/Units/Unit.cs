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

    /// <summary>
    /// The unit its work counts for once it has closed: its only successor, or for a unit split between several the
    /// one that kept its code (else the first in the reorganisation map). Null for a unit that closed without one:
    /// its work then counts for its parent.
    /// </summary>
    public int? SuccessorId { get; set; }

    int IUnitOwned.UnitId => Id;

    public bool IsInForceOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day <= ValidTo);
}

/// <summary>How much of a predecessor went into a successor.</summary>
public enum LineageShare
{
    /// <summary>The whole predecessor.</summary>
    Whole,

    /// <summary>Part of it ("một phần", "phần còn lại"); the rest went to other successors.</summary>
    Partial,
}

/// <summary>One edge of a reorganisation: from the day <see cref="EffectiveFrom"/>, (part of) a closed unit is part of another.</summary>
public sealed class UnitLineage
{
    public int Id { get; set; }

    public int PredecessorId { get; set; }

    public int SuccessorId { get; set; }

    public LineageShare Share { get; set; }

    /// <summary>The successor's first day; the predecessor's last day is the day before.</summary>
    public DateOnly EffectiveFrom { get; set; }

    /// <summary>The reorganisation that made the edge; null for a unit closed on its own with a successor.</summary>
    public int? ReorganisationId { get; set; }
}

/// <summary>A reorganisation applied as one act (a merge map with an effective date); kept so it is applied only once.</summary>
public sealed class Reorganisation
{
    public int Id { get; set; }

    /// <summary>The map's name, e.g. "Nghị quyết 1667/NQ-UBTVQH15".</summary>
    public required string Name { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    /// <summary>SHA-256 of the map's rows in a canonical form: the same map applied again is recognised.</summary>
    public required string Digest { get; set; }

    public DateTimeOffset AppliedAt { get; set; }

    public required string AppliedBy { get; set; }
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
