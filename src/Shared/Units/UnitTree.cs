namespace Modular.Shared.Units;

/// <summary>A snapshot of the whole unit tree, loaded in one query, for walking up and down without more queries.</summary>
public sealed class UnitTree
{
    private readonly Dictionary<int, Unit> _byId;
    private readonly Dictionary<string, Unit> _byCode;
    private readonly Dictionary<int, List<Unit>> _children;
    private readonly Dictionary<string, UnitLevel> _levels;

    public UnitTree(IEnumerable<Unit> units, IEnumerable<UnitLevel> levels)
    {
        Units = units.OrderBy(u => u.Id).ToList();
        _byId = Units.ToDictionary(u => u.Id);
        _byCode = Units.ToDictionary(u => u.Code, StringComparer.Ordinal);
        _levels = levels.ToDictionary(l => l.Key, StringComparer.Ordinal);
        _children = Units.Where(u => u.ParentId is not null).GroupBy(u => u.ParentId!.Value).ToDictionary(g => g.Key, g => g.ToList());
    }

    public IReadOnlyList<Unit> Units { get; }

    public IReadOnlyCollection<UnitLevel> Levels => _levels.Values;

    public Unit? Find(int id) => _byId.GetValueOrDefault(id);

    public Unit? Find(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>The unit with the code, or NOT_FOUND naming the input field that gave it.</summary>
    public Unit Require(string code, string field = "unitCode") =>
        Find(code) ?? throw new DomainException(ErrorCodes.NotFound, $"Không có đơn vị mã {code}.", field);

    public UnitLevel Level(Unit unit) => _levels[unit.LevelKey];

    public UnitLevel? FindLevel(string key) => _levels.GetValueOrDefault(key);

    public IReadOnlyList<Unit> ChildrenOf(int id) => _children.TryGetValue(id, out var list) ? list : [];

    public Unit? ParentOf(Unit unit) => unit.ParentId is { } parentId ? _byId.GetValueOrDefault(parentId) : null;

    /// <summary>The unit, then its parent, up to the root.</summary>
    public IEnumerable<Unit> SelfAndAncestors(Unit unit)
    {
        for (Unit? current = unit; current is not null; current = ParentOf(current))
        {
            yield return current;
        }
    }

    public bool IsInSubtree(int unitId, int rootId) =>
        Find(unitId) is { } unit && SelfAndAncestors(unit).Any(u => u.Id == rootId);

    /// <summary>The unit and all its descendants, parents before children.</summary>
    public IEnumerable<Unit> Subtree(Unit root)
    {
        var stack = new Stack<Unit>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var unit = stack.Pop();
            yield return unit;
            var children = ChildrenOf(unit.Id);
            for (var i = children.Count - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }
    }

    /// <summary>The unit whose records this unit's records count as: itself, or the nearest ancestor for levels that roll up (branches).</summary>
    public Unit CountingUnit(Unit unit)
    {
        var current = unit;
        while (Level(current).RollsUpToParent && ParentOf(current) is { } parent)
        {
            current = parent;
        }

        return current;
    }
}
