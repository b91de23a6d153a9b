using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Modular.Shared.Access;
using Modular.Shared.Data;
using Modular.Shared.Storage;

namespace Modular.Shared.Units;

/// <summary>A unit a reorganisation creates, closes or moves under a new parent.</summary>
public sealed record UnitChange(string Code, string Name, string LevelKey, string? ParentCode, string? SuccessorCode, DateOnly ValidFrom, DateOnly? ValidTo);

/// <summary>Why a merge map cannot be applied: the row (1 = first data row) and code at fault, in the user's words.</summary>
public sealed record ReorganisationConflict(int? Row, string Code, string Message);

/// <summary>Something of a closing unit that the reorganisation touches: a module switch, an allocation, reported values, a user account.</summary>
public sealed record ReorganisationEffect(string Kind, string UnitCode, string UnitName, string Detail);

/// <summary>What a reorganisation did, or in a dry run would do.</summary>
public sealed record ReorganisationResult(
    string Name,
    DateOnly EffectiveFrom,
    bool DryRun,
    bool Applied,
    bool AlreadyApplied,
    string Message,
    IReadOnlyList<UnitChange> Created,
    IReadOnlyList<UnitChange> Closed,
    IReadOnlyList<UnitChange> Reparented,
    IReadOnlyList<ReorganisationEffect> Effects,
    IReadOnlyList<ReorganisationConflict> Conflicts);

/// <summary>
/// Applies a reorganisation as one act: the old units close the day before the effective date, the new units open
/// under the province, the levels left empty close (their work then counts for the province), a merged province closes
/// into the absorbing one, and units the map does not name but whose parent closes move with it (closed and opened
/// again under the new parent). Nothing of the past is rewritten: records stay at the unit they were written at, and
/// lineage edges tell the progress engine where their work counts from the effective date on.
/// </summary>
public sealed class ReorganisationCommands(
    IDbContextFactory<CoreDbContext> factory,
    UnitDirectory directory,
    AdminGuard guard,
    UnitAccess access,
    TimeProvider clock)
{
    /// <summary>The audit action of the one entry that stands for a reorganisation.</summary>
    public const string AuditAction = "reorganise";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task<ReorganisationResult> ApplyAsync(MergeMap map, bool dryRun, CancellationToken cancellationToken)
    {
        var tree = await directory.LoadTreeAsync(cancellationToken);
        guard.EnsureProvinceAdmin(tree);
        var province = access.CallerUnit(tree);
        var name = VietnameseText.Clean(map.Name) ?? throw new DomainException(ErrorCodes.Validation, "Cần tên của bản đồ sắp xếp (số văn bản).", "name");
        if (map.Rows.Count == 0)
        {
            throw new DomainException(ErrorCodes.Validation, "Bản đồ sắp xếp không có dòng nào.", "rows");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var digest = map.Digest();
        if (await db.Reorganisations.AsNoTracking().FirstOrDefaultAsync(r => r.Digest == digest, cancellationToken) is { } earlier)
        {
            return new ReorganisationResult(
                earlier.Name, earlier.EffectiveFrom, dryRun, false, true,
                $"Bản đồ sắp xếp này đã được áp dụng ngày {earlier.AppliedAt.ToOffset(TimeSpan.FromHours(7)):dd/MM/yyyy} ({earlier.Name}, hiệu lực từ {earlier.EffectiveFrom:dd/MM/yyyy}); không có gì thay đổi.",
                [], [], [], [], []);
        }

        var plan = Plan(tree, province, map with { Name = name });
        var effects = await EffectsAsync(db, tree, plan, cancellationToken);
        var result = new ReorganisationResult(
            name, map.EffectiveFrom, dryRun, false, false, string.Empty,
            plan.Created.Select(n => Change(n.Unit, plan)).ToList(),
            plan.Closing.Select(c => Change(c.Unit, plan) with { ValidTo = plan.DayBefore }).ToList(),
            plan.Reopened.Select(n => Change(n.Unit, plan)).ToList(),
            effects,
            plan.Conflicts);
        if (plan.Conflicts.Count > 0)
        {
            if (dryRun)
            {
                return result with { Message = $"Bản đồ sắp xếp có {plan.Conflicts.Count} xung đột; sửa rồi chạy lại. Chưa có gì được ghi." };
            }

            var first = plan.Conflicts[0];
            throw new DomainException(
                ErrorCodes.Validation,
                $"Không áp dụng được bản đồ sắp xếp: {plan.Conflicts.Count} xung đột, đầu tiên: {first.Message} Chạy thử (dryRun) để xem đủ. Chưa có gì được ghi.",
                "rows");
        }

        var summary = $"{plan.Created.Count} đơn vị mới, {plan.Closing.Count} đơn vị kết thúc, {plan.Reopened.Count} đơn vị chuyển cấp trên, hiệu lực từ {map.EffectiveFrom:dd/MM/yyyy}";
        if (dryRun)
        {
            return result with { Message = $"Chạy thử: {summary}. Chưa có gì được ghi." };
        }

        await WriteAsync(db, province, plan, digest, cancellationToken);
        directory.Invalidate();
        return result with { Applied = true, Message = $"Đã áp dụng {name}: {summary}." };
    }

    /// <summary>
    /// Moves all the work of a unit split in a reorganisation (its records, reported values and allocations) to another
    /// of its successors, from the reorganisation on. Nothing before it moves: the unit's own figures stay as they were.
    /// Managers of the new successor (and of the unit's history) do it; the change is in the audit trail.
    /// </summary>
    public async Task<Unit> SetSuccessorAsync(string unitCode, DateOnly on, string successorCode, CancellationToken cancellationToken)
    {
        var tree = await directory.LoadTreeAsync(cancellationToken);
        var unit = tree.Resolve(unitCode, on);
        var successors = tree.SuccessorsOf(unit.Id).Select(l => tree.Find(l.SuccessorId)!).ToList();
        var successor = successors.FirstOrDefault(s => s.Code == successorCode.Trim())
            ?? throw new DomainException(
                ErrorCodes.Validation,
                successors.Count == 0
                    ? $"{unit.Name} không có đơn vị kế thừa nào để chuyển."
                    : $"{unit.Name} chỉ được chuyển sang một trong các đơn vị kế thừa: {string.Join(", ", successors.Select(s => $"{s.Name} ({s.Code})"))}.",
                "successorCode");
        guard.EnsureRoleOver(tree, unit, Role.Manager);
        guard.EnsureRoleOver(tree, successor, Role.Manager);

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var entity = await db.Units.SingleAsync(u => u.Id == unit.Id, cancellationToken);
        entity.SuccessorId = successor.Id;
        await db.SaveChangesAsync(cancellationToken);
        directory.Invalidate();
        return entity;
    }

    private static UnitChange Change(Unit unit, ReorganisationPlan plan) =>
        new(unit.Code, unit.Name, unit.LevelKey, plan.ParentCodeOf(unit), plan.SuccessorCodeOf(unit), unit.ValidFrom, unit.ValidTo);

    private static ReorganisationPlan Plan(UnitTree tree, Unit province, MergeMap map)
    {
        var plan = new ReorganisationPlan(tree, map);
        var dayBefore = plan.DayBefore;

        // Old units, row by row.
        var oldRows = new List<(int Row, MergeMapRow Map, Unit Old)>();
        for (var i = 0; i < map.Rows.Count; i++)
        {
            var row = map.Rows[i] with { NewCode = map.Rows[i].NewCode.Trim(), OldCode = map.Rows[i].OldCode.Trim() };
            if (row.NewCode.Length == 0 || VietnameseText.Clean(row.NewName) is null)
            {
                plan.Conflict(i + 1, row.NewCode, $"Dòng {i + 1}: cần mã và tên của đơn vị mới.");
                continue;
            }

            if (tree.Find(row.OldCode, dayBefore) is not { } old)
            {
                plan.Conflict(i + 1, row.OldCode, $"Dòng {i + 1}: không có đơn vị mã {row.OldCode} đang hoạt động ngày {dayBefore:dd/MM/yyyy}.");
                continue;
            }

            if (old.Id == province.Id || !tree.SelfAndAncestors(old).Any(a => a.Id == province.Id) && tree.SelfAndAncestors(old).Last().LevelKey != province.LevelKey)
            {
                plan.Conflict(i + 1, row.OldCode, $"Dòng {i + 1}: {old.Name} không thuộc {province.Name} hay một tỉnh được hợp nhất vào.");
                continue;
            }

            if (row.OldName is { } oldName && !string.Equals(VietnameseText.Clean(oldName), old.PlaceName, StringComparison.OrdinalIgnoreCase))
            {
                plan.Conflict(i + 1, row.OldCode, $"Dòng {i + 1}: mã {row.OldCode} là {old.PlaceName}, không phải {oldName}.");
                continue;
            }

            oldRows.Add((i + 1, row, old));
        }

        foreach (var byOld in oldRows.GroupBy(r => r.Old.Id))
        {
            var rows = byOld.ToList();
            var old = rows[0].Old;
            if (rows.Select(r => r.Map.NewCode).Distinct().Count() < rows.Count)
            {
                plan.Conflict(rows[1].Row, old.Code, $"Dòng {rows[1].Row}: {old.Name} được ghi hai lần cho cùng một đơn vị mới.");
            }
            else if (rows.Count > 1 && rows.Any(r => r.Map.Share == LineageShare.Whole))
            {
                plan.Conflict(rows[1].Row, old.Code, $"Dòng {rows[1].Row}: {old.Name} được ghi là sáp nhập toàn bộ nhưng có ở {rows.Count} đơn vị mới; ghi partial cho từng phần.");
            }
            else if (rows.Count == 1 && rows[0].Map.Share == LineageShare.Partial)
            {
                plan.Conflict(rows[0].Row, old.Code, $"Dòng {rows[0].Row}: {old.Name} được ghi là sáp nhập một phần nhưng không có đơn vị nào nhận phần còn lại.");
            }
        }

        // New units, one per new code.
        foreach (var byNew in oldRows.GroupBy(r => r.Map.NewCode))
        {
            var rows = byNew.ToList();
            var newName = VietnameseText.Clean(rows[0].Map.NewName)!;
            if (rows.Any(r => VietnameseText.Clean(r.Map.NewName) != newName))
            {
                plan.Conflict(rows[0].Row, byNew.Key, $"Mã mới {byNew.Key} có nhiều tên khác nhau trong bản đồ.");
            }

            var unit = new Unit
            {
                Code = byNew.Key,
                PlaceName = newName,
                Name = $"Hội LHPN {newName}",
                LevelKey = rows[0].Old.LevelKey,
                ValidFrom = map.EffectiveFrom,
            };
            plan.Create(unit, province, rows.Select(r => (r.Old, r.Map.Share)).ToList());
        }

        // Where each old unit's work goes: its only successor, or for a split unit the one that kept its code, else the first in the map.
        foreach (var byOld in oldRows.GroupBy(r => r.Old.Id))
        {
            var old = byOld.First().Old;
            var successorCode = byOld.Select(r => r.Map.NewCode).FirstOrDefault(c => c == old.Code) ?? byOld.First().Map.NewCode;
            plan.Close(old, plan.NewUnit(successorCode));
        }

        // A unit left with no child in force closes (the districts, a merged province: it closes into the absorbing one),
        // bottom up; a unit that keeps children stays.
        var ancestors = oldRows.SelectMany(r => tree.SelfAndAncestors(r.Old).Skip(1).TakeWhile(a => a.Id != province.Id))
            .DistinctBy(a => a.Id)
            .OrderByDescending(a => tree.SelfAndAncestors(a).Count())
            .ToList();
        foreach (var ancestor in ancestors.Where(a => tree.ChildrenOn(a.Id, dayBefore).All(plan.IsClosing)))
        {
            plan.Close(ancestor, ancestor.ParentId is null ? province : null);
        }

        // A new unit goes under its predecessors' parent when they share one that stays, else under the province.
        foreach (var created in plan.Created.ToList())
        {
            var parents = created.Predecessors.Select(p => tree.ParentOf(p.Unit)).DistinctBy(p => p?.Id).ToList();
            if (parents is [{ } shared] && !plan.IsClosing(shared))
            {
                plan.Create(created.Unit, shared, created.Predecessors);
            }
        }

        // A new code must be free on the effective date, and may only be the code of one of its own predecessors.
        foreach (var created in plan.Created)
        {
            var holder = tree.Find(created.Unit.Code, dayBefore);
            if (holder is not null && (!plan.IsClosing(holder) || !created.Predecessors.Any(p => p.Unit.Id == holder.Id)))
            {
                plan.Conflict(null, created.Unit.Code, plan.IsClosing(holder)
                    ? $"Vòng trong bản đồ: mã {created.Unit.Code} của {holder.Name} được trao cho {created.Unit.Name}, đơn vị không kế thừa {holder.Name}."
                    : $"Mã {created.Unit.Code} đang thuộc {holder.Name}, đơn vị không có trong bản đồ.");
            }

            if (tree.WithCode(created.Unit.Code).FirstOrDefault(u => u.ValidFrom >= map.EffectiveFrom) is { } later)
            {
                plan.Conflict(null, created.Unit.Code, $"Mã {created.Unit.Code} đã được dùng cho {later.Name} từ {later.ValidFrom:dd/MM/yyyy}.");
            }
        }

        // Units the map does not name move with their closing parent.
        foreach (var closing in plan.Closing.ToList())
        {
            var home = closing.Successor is { } s && plan.IsNew(s) ? s : province;
            foreach (var child in tree.ChildrenOn(closing.Unit.Id, dayBefore).Where(c => !plan.IsClosing(c)))
            {
                plan.Reopen(child, home);
            }
        }

        return plan;
    }

    private static async Task<IReadOnlyList<ReorganisationEffect>> EffectsAsync(CoreDbContext db, UnitTree tree, ReorganisationPlan plan, CancellationToken cancellationToken)
    {
        var closing = plan.Closing.Select(c => c.Unit.Id).ToList();
        var effects = new List<ReorganisationEffect>();
        var switches = await db.ModuleSwitches.AsNoTracking().Where(s => closing.Contains(s.UnitId)).ToListAsync(cancellationToken);
        effects.AddRange(switches.Select(s => Effect(tree, "switch", s.UnitId,
            $"Mô-đun {s.ModuleKey} {(s.Enabled ? "bật" : "tắt")} từ {s.EffectiveFrom:dd/MM/yyyy}: kết thúc cùng đơn vị; đặt lại tại đơn vị mới nếu cần.")));
        var allocations = await db.GoalAllocations.AsNoTracking().Where(a => closing.Contains(a.UnitId))
            .Join(db.Targets, a => a.TargetId, t => t.Id, (a, t) => new { a.UnitId, a.Goal, t.Code })
            .ToListAsync(cancellationToken);
        effects.AddRange(allocations.Select(a => Effect(tree, "allocation", a.UnitId,
            plan.SuccessorOf(tree.Find(a.UnitId)!) is { } successor && plan.IsNew(successor)
                ? $"Chỉ tiêu {a.Code} được giao {a.Goal:N0}: chuyển sang {successor.Name} từ {plan.Map.EffectiveFrom:dd/MM/yyyy}."
                : $"Chỉ tiêu {a.Code} được giao {a.Goal:N0}: giữ trong lịch sử, không chuyển tiếp (cấp không còn).")));
        var reported = await db.ReportedValues.AsNoTracking().Where(r => closing.Contains(r.UnitId) && r.SupersededAt == null)
            .GroupBy(r => r.UnitId).Select(g => new { UnitId = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        effects.AddRange(reported.Select(r => Effect(tree, "reported-values", r.UnitId,
            $"{r.Count} số liệu báo cáo: giữ tại đơn vị cũ, tính cho đơn vị kế thừa từ {plan.Map.EffectiveFrom:dd/MM/yyyy}.")));
        var users = await db.UserAccounts.AsNoTracking().Where(a => closing.Contains(a.UnitId) && a.Active)
            .Select(a => new { a.UnitId, a.UserName, a.Role }).ToListAsync(cancellationToken);
        effects.AddRange(users.Select(u => Effect(tree, "user", u.UnitId,
            $"Tài khoản {u.UserName} ({u.Role}): vẫn xem được dữ liệu cũ, không ghi được nữa cho đến khi được chuyển sang đơn vị mới.")));
        return effects;
    }

    private static ReorganisationEffect Effect(UnitTree tree, string kind, int unitId, string detail)
    {
        var unit = tree.Find(unitId)!;
        return new ReorganisationEffect(kind, unit.Code, unit.Name, detail);
    }

    private async Task WriteAsync(CoreDbContext db, Unit province, ReorganisationPlan plan, string digest, CancellationToken cancellationToken)
    {
        var caller = access.RequireCaller();
        await using var transaction = await StoreTransaction.BeginAsync(db, cancellationToken);

        // Contexts are pooled: the flag must not outlive this write, or later writes on the same instance would go unaudited.
        db.AuditedAsOne = true;
        try
        {
            var reorganisation = new Reorganisation
            {
                Name = plan.Map.Name,
                EffectiveFrom = plan.Map.EffectiveFrom,
                Digest = digest,
                AppliedAt = clock.GetUtcNow(),
                AppliedBy = caller.UserName,
            };
            db.Reorganisations.Add(reorganisation);

            // New units first (their parents stay), then units reopened under them, a level at a time.
            foreach (var created in plan.Created)
            {
                created.Unit.ParentId = created.Parent.Id;
                db.Units.Add(created.Unit);
            }

            await db.SaveChangesAsync(cancellationToken);
            foreach (var reopened in plan.Reopened.OrderBy(r => plan.Depth(r)))
            {
                reopened.Unit.ParentId = reopened.Parent.Id;
                db.Units.Add(reopened.Unit);
                await db.SaveChangesAsync(cancellationToken);
            }

            var closingIds = plan.Closing.Select(c => c.Unit.Id).ToList();
            var stored = await db.Units.Where(u => closingIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, cancellationToken);
            foreach (var closing in plan.Closing)
            {
                stored[closing.Unit.Id].ValidTo = plan.DayBefore;
                stored[closing.Unit.Id].SuccessorId = closing.Successor?.Id;
            }

            db.UnitLineage.AddRange(plan.Created.Concat(plan.Reopened).SelectMany(n => n.Predecessors.Select(p => new UnitLineage
            {
                PredecessorId = p.Unit.Id,
                SuccessorId = n.Unit.Id,
                Share = p.Share,
                EffectiveFrom = plan.Map.EffectiveFrom,
                ReorganisationId = reorganisation.Id,
            })));
            db.UnitLineage.AddRange(plan.Closing.Where(c => c.Unit.ParentId is null && c.Successor is not null).Select(c => new UnitLineage
            {
                PredecessorId = c.Unit.Id,
                SuccessorId = c.Successor!.Id,
                Share = LineageShare.Whole,
                EffectiveFrom = plan.Map.EffectiveFrom,
                ReorganisationId = reorganisation.Id,
            }));
            db.AuditEntries.Add(new AuditEntry
            {
                At = clock.GetUtcNow(),
                UserName = caller.UserName,
                UnitId = province.Id,
                Action = AuditAction,
                Entity = nameof(Reorganisation),
                EntityKey = plan.Map.Name,
                After = JsonSerializer.Serialize(
                    new
                    {
                        name = plan.Map.Name,
                        effectiveFrom = plan.Map.EffectiveFrom,
                        digest,
                        rows = plan.Map.Rows.Count,
                        created = plan.Created.Select(c => c.Unit.Code),
                        closed = plan.Closing.Select(c => c.Unit.Code),
                        reparented = plan.Reopened.Select(c => c.Unit.Code),
                    },
                    Json),
            });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            db.AuditedAsOne = false;
        }
    }

    /// <summary>The reorganisation worked out in memory before anything is written.</summary>
    private sealed class ReorganisationPlan(UnitTree tree, MergeMap map)
    {
        private readonly Dictionary<string, NewUnit> _created = new(StringComparer.Ordinal);
        private readonly Dictionary<int, Closing> _closing = [];
        private readonly List<NewUnit> _reopened = [];

        public MergeMap Map => map;

        public DateOnly DayBefore => map.EffectiveFrom.AddDays(-1);

        public List<ReorganisationConflict> Conflicts { get; } = [];

        public IReadOnlyCollection<NewUnit> Created => _created.Values;

        public IReadOnlyCollection<Closing> Closing => _closing.Values;

        public IReadOnlyList<NewUnit> Reopened => _reopened;

        public void Conflict(int? row, string code, string message) => Conflicts.Add(new ReorganisationConflict(row, code, message));

        public void Create(Unit unit, Unit parent, IReadOnlyList<(Unit Unit, LineageShare Share)> predecessors) =>
            _created[unit.Code] = new NewUnit(unit, parent, predecessors);

        public Unit NewUnit(string code) => _created[code].Unit;

        public bool IsNew(Unit unit) => _created.Values.Any(c => ReferenceEquals(c.Unit, unit)) || _reopened.Any(r => ReferenceEquals(r.Unit, unit));

        public bool IsClosing(Unit unit) => _closing.ContainsKey(unit.Id);

        public void Close(Unit unit, Unit? successor) => _closing.TryAdd(unit.Id, new Closing(unit, successor));

        /// <summary>Closes a unit the map does not name and opens it again, same code and name, under its new parent; its open children follow.</summary>
        public void Reopen(Unit unit, Unit parent)
        {
            var again = new Unit { Code = unit.Code, Name = unit.Name, PlaceName = unit.PlaceName, LevelKey = unit.LevelKey, ValidFrom = map.EffectiveFrom };
            _reopened.Add(new NewUnit(again, parent, [(unit, LineageShare.Whole)]));
            _closing[unit.Id] = new Closing(unit, again);
            foreach (var child in tree.ChildrenOn(unit.Id, DayBefore).Where(c => !IsClosing(c)))
            {
                Reopen(child, again);
            }
        }

        public int Depth(NewUnit unit) => _reopened.FirstOrDefault(r => ReferenceEquals(r.Unit, unit.Parent)) is { } parent ? Depth(parent) + 1 : 0;

        public string? ParentCodeOf(Unit unit) =>
            _created.Values.Concat(_reopened).FirstOrDefault(n => ReferenceEquals(n.Unit, unit))?.Parent.Code ?? tree.ParentOf(unit)?.Code;

        public Unit? SuccessorOf(Unit unit) => _closing.TryGetValue(unit.Id, out var closing) ? closing.Successor : null;

        public string? SuccessorCodeOf(Unit unit) => SuccessorOf(unit)?.Code;
    }

    private sealed record NewUnit(Unit Unit, Unit Parent, IReadOnlyList<(Unit Unit, LineageShare Share)> Predecessors);

    private sealed record Closing(Unit Unit, Unit? Successor);
}
