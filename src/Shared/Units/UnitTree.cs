using System.Collections.Concurrent;

namespace Modular.Shared.Units;

/// <summary>
/// A snapshot of the whole unit tree through time, loaded in one query, for walking up and down without more queries.
/// A code names at most one unit on any day, but may name different units on different days (codes are reused after
/// a reorganisation), so every lookup by code takes a day.
/// </summary>
public sealed class UnitTree
{
    private readonly Dictionary<int, Unit> _byId;
    private readonly ILookup<string, Unit> _byCode;
    private readonly Dictionary<int, List<Unit>> _children;
    private readonly Dictionary<string, UnitLevel> _levels;
    private readonly ILookup<int, UnitLineage> _predecessors;
    private readonly ILookup<int, UnitLineage> _successors;
    private readonly ConcurrentDictionary<int, HashSet<int>> _reach = new();

    public UnitTree(IEnumerable<Unit> units, IEnumerable<UnitLevel> levels, IEnumerable<UnitLineage>? lineage = null)
    {
        Units = units.OrderBy(u => u.Id).ToList();
        _byId = Units.ToDictionary(u => u.Id);
        _byCode = Units.OrderByDescending(u => u.ValidFrom).ToLookup(u => u.Code, StringComparer.Ordinal);
        _levels = levels.ToDictionary(l => l.Key, StringComparer.Ordinal);
        _children = Units.Where(u => u.ParentId is not null).GroupBy(u => u.ParentId!.Value).ToDictionary(g => g.Key, g => g.ToList());
        Lineage = (lineage ?? []).OrderBy(l => l.Id).ToList();
        _predecessors = Lineage.ToLookup(l => l.SuccessorId);
        _successors = Lineage.ToLookup(l => l.PredecessorId);
    }

    public IReadOnlyList<Unit> Units { get; }

    public IReadOnlyCollection<UnitLevel> Levels => _levels.Values;

    public IReadOnlyList<UnitLineage> Lineage { get; }

    public Unit? Find(int id) => _byId.GetValueOrDefault(id);

    /// <summary>The unit that carries the code now: the open one, else the one that closed last.</summary>
    public Unit? Find(string code) => _byCode[code].OrderBy(u => u.ValidTo is null ? 0 : 1).ThenByDescending(u => u.ValidTo).FirstOrDefault();

    /// <summary>The unit the code names on the day, if one is in force then.</summary>
    public Unit? Find(string code, DateOnly day) => _byCode[code].FirstOrDefault(u => u.IsInForceOn(day));

    /// <summary>Every unit that has carried the code, newest first.</summary>
    public IEnumerable<Unit> WithCode(string code) => _byCode[code];

    /// <summary>The unit the code names on the day, or a refusal that says what became of the unit (closed, merged, not yet formed).</summary>
    public Unit Resolve(string code, DateOnly day, string field = "unitCode")
    {
        if (Find(code, day) is { } unit)
        {
            return unit;
        }

        var closed = WithCode(code).Where(u => u.ValidTo < day).MaxBy(u => u.ValidTo);
        if (closed is not null)
        {
            throw new DomainException(ErrorCodes.Validation, ClosedMessage(closed), field);
        }

        if (WithCode(code).MinBy(u => u.ValidFrom) is { } later)
        {
            throw new DomainException(
                ErrorCodes.Validation,
                $"Ngày {day:dd/MM/yyyy} chưa có đơn vị mã {code}: {later.Name} được thành lập từ {later.ValidFrom:dd/MM/yyyy}.",
                field);
        }

        throw new DomainException(ErrorCodes.NotFound, $"Không có đơn vị mã {code}.", field);
    }

    /// <summary>For reading history: the unit in force on the day, else the last unit that carried the code before it.</summary>
    public Unit ResolveForReading(string code, DateOnly day, string field = "unitCode") =>
        Find(code, day)
        ?? WithCode(code).Where(u => u.ValidFrom <= day).MaxBy(u => u.ValidFrom)
        ?? Resolve(code, day, field);

    /// <summary>What became of a closed unit, in the user's words.</summary>
    public string ClosedMessage(Unit unit)
    {
        var from = unit.ValidTo!.Value.AddDays(1);
        var successors = SuccessorsOf(unit.Id).Select(l => Find(l.SuccessorId)!.Name).Distinct().ToList();
        if (successors.Count == 0 && unit.SuccessorId is { } successorId)
        {
            successors.Add(Find(successorId)!.Name);
        }

        return successors.Count > 0
            ? $"{unit.Name} đã sáp nhập vào {string.Join(", ", successors)} từ {from:dd/MM/yyyy}."
            : $"{unit.Name} đã ngừng hoạt động từ {from:dd/MM/yyyy}.";
    }

    /// <summary>The unit with the code, or NOT_FOUND naming the input field that gave it.</summary>
    public Unit Require(string code, string field = "unitCode") =>
        Find(code) ?? throw new DomainException(ErrorCodes.NotFound, $"Không có đơn vị mã {code}.", field);

    public UnitLevel Level(Unit unit) => _levels[unit.LevelKey];

    public UnitLevel? FindLevel(string key) => _levels.GetValueOrDefault(key);

    /// <summary>Every unit that has ever had this parent, open or closed.</summary>
    public IReadOnlyList<Unit> ChildrenOf(int id) => _children.TryGetValue(id, out var list) ? list : [];

    /// <summary>The children in force on the day.</summary>
    public IEnumerable<Unit> ChildrenOn(int id, DateOnly day) => ChildrenOf(id).Where(c => c.IsInForceOn(day));

    public Unit? ParentOf(Unit unit) => unit.ParentId is { } parentId ? _byId.GetValueOrDefault(parentId) : null;

    /// <summary>The units this one was formed from, with the share each gave.</summary>
    public IEnumerable<UnitLineage> PredecessorsOf(int id) => _predecessors[id];

    /// <summary>The units this one went into, with the share each took.</summary>
    public IEnumerable<UnitLineage> SuccessorsOf(int id) => _successors[id];

    /// <summary>The unit, then its parent, up to the root.</summary>
    public IEnumerable<Unit> SelfAndAncestors(Unit unit)
    {
        for (Unit? current = unit; current is not null; current = ParentOf(current))
        {
            yield return current;
        }
    }

    /// <summary>Whether the unit is the root or below it, or was (part of) a predecessor of one of those: the root's users may read its history.</summary>
    public bool IsInSubtree(int unitId, int rootId) => _reach.GetOrAdd(rootId, id => Reach(Find(id)!).Select(u => u.Id).ToHashSet()).Contains(unitId);

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

    /// <summary>The subtree, plus every unit that went (wholly or in part) into a unit of it, with their subtrees: the root's history.</summary>
    public IEnumerable<Unit> Reach(Unit root)
    {
        var seen = new HashSet<int>();
        var stack = new Stack<Unit>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var unit = stack.Pop();
            if (!seen.Add(unit.Id))
            {
                continue;
            }

            yield return unit;
            foreach (var next in ChildrenOf(unit.Id).Concat(PredecessorsOf(unit.Id).Select(l => Find(l.PredecessorId)!)).Reverse())
            {
                stack.Push(next);
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

    /// <summary>
    /// The unit a unit's work counts for on the day: itself while in force; once closed, its successor (for a split
    /// unit the one named by <see cref="Unit.SuccessorId"/>), or its parent when it closed without one; followed on
    /// until a unit in force that day. The past is never rewritten: before it closed, a unit's work is its own.
    /// </summary>
    public Unit CountsFor(Unit unit, DateOnly day)
    {
        var current = unit;
        for (var steps = 0; steps < Units.Count && current.ValidTo < day; steps++)
        {
            var next = current.SuccessorId is { } successorId ? Find(successorId) : ParentOf(current);
            if (next is null || next.ValidFrom > day)
            {
                break;
            }

            current = next;
        }

        return current;
    }
}
