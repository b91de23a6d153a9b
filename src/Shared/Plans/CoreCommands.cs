using Microsoft.EntityFrameworkCore;
using Modular.Shared.Access;
using Modular.Shared.Data;
using Modular.Shared.Indicators;
using Modular.Shared.Modularity;
using Modular.Shared.Storage;
using Modular.Shared.Units;

namespace Modular.Shared.Plans;

/// <summary>Input of <c>reportValue</c>.</summary>
public sealed record ReportValueInput(string Indicator, string UnitCode, DateOnly PeriodStart, DateOnly PeriodEnd, double Value);

/// <summary>Input of <c>addUnit</c>.</summary>
public sealed record AddUnitInput(string Code, string PlaceName, string? Name, string Level, string ParentCode, DateOnly ValidFrom);

/// <summary>Input of <c>updateTarget</c>: only the fields given change.</summary>
public sealed record UpdateTargetInput(string? Title, double? Goal, double? Threshold, DateOnly? DueDate, IReadOnlyList<string>? Levels);

/// <summary>The core's writes. Each checks the caller, validates everything before writing, and writes in one save.</summary>
public sealed class CoreCommands(
    IDbContextFactory<CoreDbContext> factory,
    UnitDirectory directory,
    UnitAccess access,
    AdminGuard guard,
    IndicatorRegistry indicators,
    ModuleCatalog catalog,
    TimeProvider clock)
{
    public async Task<ReportedValue> ReportValueAsync(ReportValueInput input, CancellationToken cancellationToken)
    {
        var indicator = indicators.Find(input.Indicator);
        if (indicator is null || indicator.Definition.Source != IndicatorSource.Reported)
        {
            throw new DomainException(ErrorCodes.NotFound, $"Không có chỉ số báo cáo '{input.Indicator}'.", "indicator");
        }

        if (input.Value < 0 || !double.IsFinite(input.Value))
        {
            throw new DomainException(ErrorCodes.Validation, "Giá trị phải là số không âm.", "value");
        }

        if (input.PeriodEnd < input.PeriodStart)
        {
            throw new DomainException(ErrorCodes.Validation, "Ngày kết thúc kỳ báo cáo phải sau ngày bắt đầu.", "periodEnd");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var year = input.PeriodStart.Year;
        if (input.PeriodEnd.Year != year || !await db.Plans.AnyAsync(p => p.Year == year, cancellationToken))
        {
            throw new DomainException(ErrorCodes.Validation, $"Kỳ báo cáo {input.PeriodStart:dd/MM/yyyy}–{input.PeriodEnd:dd/MM/yyyy} phải nằm trọn trong năm của một kế hoạch.", "periodStart");
        }

        var unit = await access.ForWriteAsync(input.UnitCode, indicator.ModuleKey, input.PeriodStart, cancellationToken);
        var now = clock.GetUtcNow();
        var caller = access.RequireCaller();
        var previous = await db.ReportedValues
            .Where(r => r.IndicatorKey == input.Indicator && r.UnitId == unit.Id && r.PeriodStart == input.PeriodStart && r.PeriodEnd == input.PeriodEnd && r.SupersededAt == null)
            .ToListAsync(cancellationToken);
        previous.ForEach(r => r.SupersededAt = now);
        var value = new ReportedValue
        {
            IndicatorKey = input.Indicator,
            ModuleKey = indicator.ModuleKey,
            UnitId = unit.Id,
            PeriodStart = input.PeriodStart,
            PeriodEnd = input.PeriodEnd,
            Value = input.Value,
            RecordedAt = now,
            RecordedBy = caller.UserName,
        };
        db.ReportedValues.Add(value);
        await db.SaveChangesAsync(cancellationToken);
        return value;
    }

    /// <summary>
    /// Reports many values at once (demo data, a yearly return typed elsewhere), with the same checks as
    /// <see cref="ReportValueAsync"/> and one import entry in the audit trail. Existing values are not corrected.
    /// </summary>
    public async Task<int> ImportReportedValuesAsync(IReadOnlyList<ReportValueInput> inputs, string label, CancellationToken cancellationToken)
    {
        var tree = await directory.LoadTreeAsync(cancellationToken);
        guard.EnsureProvinceAdmin(tree);
        var switches = await directory.LoadSwitchesAsync(cancellationToken);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var years = (await db.Plans.Select(p => p.Year).ToListAsync(cancellationToken)).ToHashSet();
        var caller = access.RequireCaller();
        var now = clock.GetUtcNow();
        var values = inputs.Select(input =>
        {
            var indicator = indicators.Find(input.Indicator);
            if (indicator is null || indicator.Definition.Source != IndicatorSource.Reported)
            {
                throw new DomainException(ErrorCodes.NotFound, $"Không có chỉ số báo cáo '{input.Indicator}'.", "indicator");
            }

            var unit = RequireUnit(tree, input.UnitCode);
            if (input.Value < 0 || !double.IsFinite(input.Value) || input.PeriodEnd < input.PeriodStart
                || input.PeriodStart.Year != input.PeriodEnd.Year || !years.Contains(input.PeriodStart.Year)
                || !switches.IsOn(tree, unit, indicator.ModuleKey, input.PeriodStart))
            {
                throw new DomainException(ErrorCodes.Validation, $"Giá trị {input.Indicator} của {unit.Name} không hợp lệ.", "value");
            }

            return new ReportedValue
            {
                IndicatorKey = input.Indicator,
                ModuleKey = indicator.ModuleKey,
                UnitId = unit.Id,
                PeriodStart = input.PeriodStart,
                PeriodEnd = input.PeriodEnd,
                Value = input.Value,
                RecordedAt = now,
                RecordedBy = caller.UserName,
            };
        }).ToList();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.ReportedValues.AddRange(values);
        db.RecordImport(nameof(ReportedValue), values.Count, label);
        await db.SaveChangesAsync(cancellationToken);
        return values.Count;
    }

    public async Task<Unit> SwitchModuleAsync(string unitCode, string moduleKey, bool enabled, DateOnly effectiveFrom, CancellationToken cancellationToken)
    {
        if (!catalog.IsInstalled(moduleKey))
        {
            throw new DomainException(ErrorCodes.ModuleNotInstalled, $"Mô-đun '{moduleKey}' không được cài đặt.", "moduleKey");
        }

        var tree = await directory.LoadTreeAsync(cancellationToken);
        var unit = RequireUnit(tree, unitCode);
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

    public async Task<GoalAllocation> AllocateGoalAsync(string planCode, string targetCode, string unitCode, double goal, CancellationToken cancellationToken)
    {
        if (goal < 0 || !double.IsFinite(goal))
        {
            throw new DomainException(ErrorCodes.Validation, "Chỉ tiêu giao phải là số không âm.", "goal");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var (plan, target) = await RequireTargetAsync(db, planCode, targetCode, cancellationToken);
        var tree = await directory.LoadTreeAsync(cancellationToken);
        var unit = RequireUnit(tree, unitCode);
        var parent = tree.ParentOf(unit);
        if (parent is null || !tree.IsInSubtree(unit.Id, plan.IssuingUnitId) || unit.Id == plan.IssuingUnitId)
        {
            throw new DomainException(ErrorCodes.Validation, $"Chỉ giao chỉ tiêu cho đơn vị cấp dưới của đơn vị ban hành kế hoạch; {unit.Name} không phải.", "unitCode");
        }

        // The parent allocates to its children: the caller must manage the parent.
        guard.EnsureRoleOver(tree, parent, Role.Manager);

        var allocation = await db.GoalAllocations.SingleOrDefaultAsync(a => a.TargetId == target.Id && a.UnitId == unit.Id, cancellationToken);
        if (allocation is null)
        {
            allocation = new GoalAllocation { TargetId = target.Id, UnitId = unit.Id, Goal = goal };
            db.GoalAllocations.Add(allocation);
        }
        else
        {
            allocation.Goal = goal;
        }

        await db.SaveChangesAsync(cancellationToken);
        return allocation;
    }

    public async Task<MilestoneCompletion> CompleteMilestoneAsync(string planCode, string targetCode, string unitCode, DateOnly completedOn, string? note, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var (plan, target) = await RequireTargetAsync(db, planCode, targetCode, cancellationToken);
        if (target.Kind != TargetKind.Milestone)
        {
            throw new DomainException(ErrorCodes.Validation, $"Chỉ tiêu {target.Code} không phải là hoạt động trọng tâm (mốc).", "targetCode");
        }

        if (completedOn.Year != plan.Year || completedOn > DateOnly.FromDateTime(clock.GetLocalNow().DateTime))
        {
            throw new DomainException(ErrorCodes.Validation, $"Ngày hoàn thành phải trong năm {plan.Year} và không ở tương lai.", "completedOn");
        }

        var unit = await access.ForWriteAsync(unitCode, target.ModuleKey, completedOn, cancellationToken);
        if (!target.LevelKeys.Contains(unit.LevelKey))
        {
            throw new DomainException(ErrorCodes.Validation, $"Chỉ tiêu {target.Code} không áp dụng cho cấp của {unit.Name}.", "unitCode");
        }

        var completion = await db.MilestoneCompletions.SingleOrDefaultAsync(m => m.TargetId == target.Id && m.UnitId == unit.Id, cancellationToken);
        if (completion is null)
        {
            completion = new MilestoneCompletion { TargetId = target.Id, UnitId = unit.Id, CompletedOn = completedOn, Note = VietnameseText.Clean(note) };
            db.MilestoneCompletions.Add(completion);
        }
        else
        {
            completion.CompletedOn = completedOn;
            completion.Note = VietnameseText.Clean(note);
        }

        await db.SaveChangesAsync(cancellationToken);
        return completion;
    }

    public async Task<Target> UpdateTargetAsync(string planCode, string targetCode, UpdateTargetInput input, CancellationToken cancellationToken)
    {
        var tree = await directory.LoadTreeAsync(cancellationToken);
        guard.EnsureProvinceAdmin(tree);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var (plan, target) = await RequireTargetAsync(db, planCode, targetCode, cancellationToken);
        if (input.Title is not null)
        {
            target.Title = VietnameseText.Clean(input.Title) ?? throw new DomainException(ErrorCodes.Validation, "Tên chỉ tiêu không được để trống.", "title");
        }

        if (input.Goal is { } goal)
        {
            target.Goal = goal >= 0 && double.IsFinite(goal) ? goal : throw new DomainException(ErrorCodes.Validation, "Mục tiêu phải là số không âm.", "goal");
        }

        if (input.Threshold is { } threshold)
        {
            target.Threshold = target.Kind == TargetKind.Coverage && threshold >= 0
                ? threshold
                : throw new DomainException(ErrorCodes.Validation, "Ngưỡng chỉ dùng cho chỉ tiêu bao phủ và phải không âm.", "threshold");
        }

        if (input.DueDate is { } due)
        {
            target.DueDate = due.Year == plan.Year ? due : throw new DomainException(ErrorCodes.Validation, $"Hạn hoàn thành phải trong năm {plan.Year}.", "dueDate");
        }

        if (input.Levels is { } levels)
        {
            var unknown = levels.Where(l => tree.FindLevel(l) is null).ToList();
            if (levels.Count == 0 || unknown.Count > 0)
            {
                throw new DomainException(ErrorCodes.Validation, $"Cấp áp dụng không hợp lệ: {string.Join(", ", unknown)}.", "levels");
            }

            target.Levels = string.Join(',', levels.Distinct());
        }

        await db.SaveChangesAsync(cancellationToken);
        return target;
    }

    public async Task<Plan> CopyPlanAsync(string planCode, string newCode, int year, string? title, CancellationToken cancellationToken)
    {
        var tree = await directory.LoadTreeAsync(cancellationToken);
        guard.EnsureProvinceAdmin(tree);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var source = await db.Plans.SingleOrDefaultAsync(p => p.Code == planCode, cancellationToken)
            ?? throw new DomainException(ErrorCodes.NotFound, $"Không có kế hoạch {planCode}.", "code");
        newCode = VietnameseText.Clean(newCode) ?? throw new DomainException(ErrorCodes.Validation, "Cần số hiệu kế hoạch mới.", "newCode");
        if (year < 2000 || year > 2100)
        {
            throw new DomainException(ErrorCodes.Validation, "Năm kế hoạch không hợp lệ.", "year");
        }

        if (await db.Plans.AnyAsync(p => p.Code == newCode, cancellationToken))
        {
            throw new DomainException(ErrorCodes.Conflict, $"Đã có kế hoạch {newCode}.", "newCode");
        }

        var copy = new Plan
        {
            Code = newCode,
            DocumentNumber = newCode,
            Title = VietnameseText.Clean(title) ?? source.Title.Replace(source.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal),
            Year = year,
            IssuingUnitId = source.IssuingUnitId,
        };
        var targets = await db.Targets.AsNoTracking().Where(t => t.PlanId == source.Id).ToListAsync(cancellationToken);
        await using var transaction = await StoreTransaction.BeginAsync(db, cancellationToken);
        db.Plans.Add(copy);
        await db.SaveChangesAsync(cancellationToken);
        db.Targets.AddRange(targets.Select(t => new Target
        {
            PlanId = copy.Id,
            Code = t.Code,
            Title = t.Title,
            Section = t.Section,
            ModuleKey = t.ModuleKey,
            Kind = t.Kind,
            IndicatorKey = t.IndicatorKey,
            DenominatorKey = t.DenominatorKey,
            Goal = t.Goal,
            Threshold = t.Threshold,
            Levels = t.Levels,
            DueDate = ShiftYear(t.DueDate, year),
            SortOrder = t.SortOrder,
        }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return copy;
    }

    public async Task<Unit> AddUnitAsync(AddUnitInput input, CancellationToken cancellationToken)
    {
        var tree = await directory.LoadTreeAsync(cancellationToken);
        guard.EnsureProvinceAdmin(tree);
        var code = VietnameseText.Clean(input.Code) ?? throw new DomainException(ErrorCodes.Validation, "Cần mã đơn vị.", "code");
        var place = VietnameseText.Clean(input.PlaceName) ?? throw new DomainException(ErrorCodes.Validation, "Cần tên địa bàn.", "placeName");
        if (tree.Find(code) is not null)
        {
            throw new DomainException(ErrorCodes.Conflict, $"Đã có đơn vị mã {code}.", "code");
        }

        var level = tree.FindLevel(input.Level) ?? throw new DomainException(ErrorCodes.Validation, $"Không có cấp '{input.Level}'.", "level");
        var parent = RequireUnit(tree, input.ParentCode, "parentCode");
        if (tree.Level(parent).Rank >= level.Rank)
        {
            throw new DomainException(ErrorCodes.Validation, $"Đơn vị cấp {level.Name} không thể trực thuộc {parent.Name}.", "parentCode");
        }

        if (!parent.IsInForceOn(input.ValidFrom))
        {
            throw new DomainException(ErrorCodes.Validation, $"{parent.Name} không hoạt động vào ngày {input.ValidFrom:dd/MM/yyyy}.", "validFrom");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var unit = new Unit
        {
            Code = code,
            PlaceName = place,
            Name = VietnameseText.Clean(input.Name) ?? $"Hội LHPN {place}",
            LevelKey = level.Key,
            ParentId = parent.Id,
            ValidFrom = input.ValidFrom,
        };
        db.Units.Add(unit);
        await db.SaveChangesAsync(cancellationToken);
        directory.Invalidate();
        return unit;
    }

    /// <summary>
    /// Adds many units in one transaction (a new province's tree, a synthetic tree for benchmarks): every unit is
    /// checked as <see cref="AddUnitAsync"/> checks one, parents may come earlier in the same list, and the audit
    /// trail gets one import entry.
    /// </summary>
    public async Task<int> ImportUnitsAsync(IReadOnlyList<AddUnitInput> inputs, string label, CancellationToken cancellationToken)
    {
        var tree = await directory.LoadTreeAsync(cancellationToken);
        guard.EnsureProvinceAdmin(tree);
        var pending = new Dictionary<string, (Unit Unit, UnitLevel Level, string ParentCode)>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            var code = VietnameseText.Clean(input.Code) ?? throw new DomainException(ErrorCodes.Validation, "Cần mã đơn vị.", "code");
            var place = VietnameseText.Clean(input.PlaceName) ?? throw new DomainException(ErrorCodes.Validation, $"Đơn vị {code}: cần tên địa bàn.", "placeName");
            if (tree.Find(code) is not null || pending.ContainsKey(code))
            {
                throw new DomainException(ErrorCodes.Conflict, $"Đã có đơn vị mã {code}.", "code");
            }

            var level = tree.FindLevel(input.Level) ?? throw new DomainException(ErrorCodes.Validation, $"Không có cấp '{input.Level}'.", "level");
            var parentLevel = string.IsNullOrEmpty(input.ParentCode) ? null // a new root, such as the central union
                : pending.TryGetValue(input.ParentCode, out var newParent) ? newParent.Level
                : tree.Find(input.ParentCode) is { } existing ? tree.Level(existing)
                : throw new DomainException(ErrorCodes.NotFound, $"Đơn vị {code}: không có đơn vị cấp trên mã {input.ParentCode}.", "parentCode");
            if (parentLevel is not null && parentLevel.Rank >= level.Rank)
            {
                throw new DomainException(ErrorCodes.Validation, $"Đơn vị {code}: cấp {level.Name} không thể trực thuộc cấp {parentLevel.Name}.", "parentCode");
            }

            var unit = new Unit { Code = code, PlaceName = place, Name = VietnameseText.Clean(input.Name) ?? $"Hội LHPN {place}", LevelKey = level.Key, ValidFrom = input.ValidFrom };
            pending[code] = (unit, level, input.ParentCode);
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await StoreTransaction.BeginAsync(db, cancellationToken);
        // Parents are inserted a level before their children, so their ids are known.
        foreach (var rank in pending.Values.GroupBy(p => p.Level.Rank).OrderBy(g => g.Key))
        {
            foreach (var (unit, _, parentCode) in rank)
            {
                unit.ParentId = string.IsNullOrEmpty(parentCode) ? null
                    : pending.TryGetValue(parentCode, out var parent) ? parent.Unit.Id : tree.Find(parentCode)!.Id;
            }

            db.Units.AddRange(rank.Select(p => p.Unit));
            db.RecordImport(nameof(Unit), rank.Count(), label);
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        directory.Invalidate();
        return pending.Count;
    }

    public async Task<Unit> RenameUnitAsync(string code, string name, string? placeName, CancellationToken cancellationToken)
    {
        var tree = await directory.LoadTreeAsync(cancellationToken);
        guard.EnsureProvinceAdmin(tree);
        var id = RequireUnit(tree, code).Id;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var unit = await db.Units.SingleAsync(u => u.Id == id, cancellationToken);
        unit.Name = VietnameseText.Clean(name) ?? throw new DomainException(ErrorCodes.Validation, "Tên đơn vị không được để trống.", "name");
        if (VietnameseText.Clean(placeName) is { } place)
        {
            unit.PlaceName = place;
        }

        await db.SaveChangesAsync(cancellationToken);
        directory.Invalidate();
        return unit;
    }

    public async Task<Unit> CloseUnitAsync(string code, DateOnly validTo, string? successorCode, CancellationToken cancellationToken)
    {
        var tree = await directory.LoadTreeAsync(cancellationToken);
        guard.EnsureProvinceAdmin(tree);
        var unit = RequireUnit(tree, code);
        if (unit.ParentId is null)
        {
            throw new DomainException(ErrorCodes.Validation, "Không thể đóng đơn vị gốc.", "code");
        }

        if (validTo < unit.ValidFrom)
        {
            throw new DomainException(ErrorCodes.Validation, $"Ngày đóng phải sau ngày thành lập {unit.ValidFrom:dd/MM/yyyy}.", "validTo");
        }

        var openChildren = tree.ChildrenOf(unit.Id).Where(c => c.ValidTo is null || c.ValidTo > validTo).ToList();
        if (openChildren.Count > 0)
        {
            throw new DomainException(ErrorCodes.Validation, $"{unit.Name} còn {openChildren.Count} đơn vị trực thuộc đang hoạt động; đóng hoặc chuyển chúng trước.", "code");
        }

        Unit? successor = null;
        if (successorCode is not null)
        {
            successor = RequireUnit(tree, successorCode, "successorCode");
            if (successor.Id == unit.Id || !successor.IsInForceOn(validTo.AddDays(1)))
            {
                throw new DomainException(ErrorCodes.Validation, $"{successor.Name} phải là đơn vị khác, còn hoạt động sau ngày {validTo:dd/MM/yyyy}.", "successorCode");
            }
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var entity = await db.Units.SingleAsync(u => u.Id == unit.Id, cancellationToken);
        entity.ValidTo = validTo;
        entity.SuccessorId = successor?.Id;
        await db.SaveChangesAsync(cancellationToken);
        directory.Invalidate();
        return entity;
    }

    private static async Task<(Plan Plan, Target Target)> RequireTargetAsync(CoreDbContext db, string planCode, string targetCode, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.SingleOrDefaultAsync(p => p.Code == planCode, cancellationToken)
            ?? throw new DomainException(ErrorCodes.NotFound, $"Không có kế hoạch {planCode}.", "planCode");
        var target = await db.Targets.SingleOrDefaultAsync(t => t.PlanId == plan.Id && t.Code == targetCode, cancellationToken)
            ?? throw new DomainException(ErrorCodes.NotFound, $"Kế hoạch {planCode} không có chỉ tiêu {targetCode}.", "targetCode");
        return (plan, target);
    }

    private static Unit RequireUnit(UnitTree tree, string code, string field = "unitCode") =>
        tree.Find(code) ?? throw new DomainException(ErrorCodes.NotFound, $"Không có đơn vị mã {code}.", field);

    private static DateOnly ShiftYear(DateOnly day, int year) =>
        new(year, day.Month, Math.Min(day.Day, DateTime.DaysInMonth(year, day.Month)));
}
