using System.Globalization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Modular.Shared.Access;
using Modular.Shared.Data;
using Modular.Shared.Indicators;
using Modular.Shared.Modularity;
using Modular.Shared.Reporting;
using Modular.Shared.Storage;
using Modular.Shared.Units;

namespace Modular.Shared.Plans;

/// <summary>Input of <c>updateTarget</c>: only the fields given change.</summary>
public sealed record UpdateTargetInput(string? Title, double? Goal, double? Threshold, DateOnly? DueDate, IReadOnlyList<string>? Levels);

/// <summary>Input of <c>addTarget</c>, and a target as a module ships it for a plan (its <c>Indicators/targets.json</c>).</summary>
public sealed record AddTargetInput(
    string Code,
    string Title,
    string? Section,
    string ModuleKey,
    TargetKind Kind,
    string? Indicator,
    string? Denominator,
    double Goal,
    double? Threshold,
    IReadOnlyList<string> Levels,
    DateOnly DueDate)
{
    /// <summary>The target in the plan, at the end of its order.</summary>
    public Target ToTarget(int planId, int sortOrder) => new()
    {
        PlanId = planId,
        Code = VietnameseText.Clean(Code)!,
        Title = VietnameseText.Clean(Title)!,
        Section = VietnameseText.Clean(Section),
        ModuleKey = ModuleKey,
        Kind = Kind,
        IndicatorKey = VietnameseText.Clean(Indicator),
        DenominatorKey = VietnameseText.Clean(Denominator),
        Goal = Goal,
        Threshold = Threshold,
        Levels = string.Join(',', Levels.Distinct()),
        DueDate = DueDate,
        SortOrder = sortOrder,
    };
}

/// <summary>Input of <c>allocateGoal</c>: a child unit's share of a target's goal.</summary>
public sealed record AllocateGoalInput(string PlanCode, string TargetCode, string UnitCode, double Goal);

/// <summary>Input of <c>completeMilestone</c>.</summary>
public sealed record CompleteMilestoneInput(string PlanCode, string TargetCode, string UnitCode, DateOnly CompletedOn, string? Note);

/// <summary>Input of <c>copyPlan</c>: the plan to copy, and the new plan's code, year and title.</summary>
public sealed record CopyPlanInput(string Code, string NewCode, int Year, string? Title);

/// <summary>Writes to plans and their targets: goals, allocations, milestones. Each validates everything before writing, and writes in one save.</summary>
public sealed class PlanCommands(
    IDbContextFactory<CoreDbContext> factory,
    UnitDirectory directory,
    UnitAccess access,
    AdminGuard guard,
    IndicatorRegistry indicators,
    ModuleCatalog catalog,
    PeriodLocks locks,
    TimeProvider clock)
{
    /// <summary>Adds a target to an existing plan (province admins), after the plan's others; the audit trail keeps who added it.</summary>
    public async Task<Target> AddTargetAsync(string planCode, AddTargetInput input, CancellationToken cancellationToken)
    {
        var tree = await directory.LoadTreeAsync(cancellationToken);
        guard.EnsureProvinceAdmin(tree);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var plan = await db.Plans.SingleOrDefaultAsync(p => p.Code == planCode, cancellationToken)
            ?? throw new DomainException(ErrorCodes.NotFound, $"Không có kế hoạch {planCode}.", "planCode");
        await new AddTargetValidator(plan, tree, indicators, catalog).ValidateAndThrowAsync(input, cancellationToken);
        var code = VietnameseText.Clean(input.Code)!;
        var targets = db.Targets.Where(t => t.PlanId == plan.Id);
        if (await targets.AnyAsync(t => t.Code == code, cancellationToken))
        {
            throw new DomainException(ErrorCodes.Conflict, $"Kế hoạch {plan.Code} đã có chỉ tiêu {code}.", "code");
        }

        var target = input.ToTarget(plan.Id, (await targets.MaxAsync(t => (int?)t.SortOrder, cancellationToken) ?? -1) + 1);
        db.Targets.Add(target);
        await db.SaveChangesAsync(cancellationToken);
        return target;
    }

    public async Task<GoalAllocation> AllocateGoalAsync(AllocateGoalInput input, CancellationToken cancellationToken)
    {
        await new AllocateGoalValidator().ValidateAndThrowAsync(input, cancellationToken);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var (plan, target) = await RequireTargetAsync(db, input.PlanCode, input.TargetCode, cancellationToken);
        var tree = await directory.LoadTreeAsync(cancellationToken);

        // Goals go to units in force: a closed unit (a level that no longer exists) keeps its history but gets no new allocation.
        var unit = tree.Resolve(input.UnitCode, DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
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
            allocation = new GoalAllocation { TargetId = target.Id, UnitId = unit.Id, Goal = input.Goal };
            db.GoalAllocations.Add(allocation);
        }
        else
        {
            allocation.Goal = input.Goal;
        }

        await db.SaveChangesAsync(cancellationToken);
        return allocation;
    }

    public async Task<MilestoneCompletion> CompleteMilestoneAsync(CompleteMilestoneInput input, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var (plan, target) = await RequireTargetAsync(db, input.PlanCode, input.TargetCode, cancellationToken);
        await new CompleteMilestoneValidator(plan, target, clock).ValidateAndThrowAsync(input, cancellationToken);
        var unit = await access.ForWriteAsync(input.UnitCode, target.ModuleKey, input.CompletedOn, cancellationToken);
        await locks.EnsureOpenAsync(unit.Id, target.ModuleKey, input.CompletedOn, cancellationToken);
        if (!target.LevelKeys.Contains(unit.LevelKey))
        {
            throw new DomainException(ErrorCodes.Validation, $"Chỉ tiêu {target.Code} không áp dụng cho cấp của {unit.Name}.", "unitCode");
        }

        var completion = await db.MilestoneCompletions.SingleOrDefaultAsync(m => m.TargetId == target.Id && m.UnitId == unit.Id, cancellationToken);
        if (completion is null)
        {
            completion = new MilestoneCompletion { TargetId = target.Id, UnitId = unit.Id };
            db.MilestoneCompletions.Add(completion);
        }

        completion.CompletedOn = input.CompletedOn;
        completion.Note = VietnameseText.Clean(input.Note);
        await db.SaveChangesAsync(cancellationToken);
        return completion;
    }

    public async Task<Target> UpdateTargetAsync(string planCode, string targetCode, UpdateTargetInput input, CancellationToken cancellationToken)
    {
        var tree = await directory.LoadTreeAsync(cancellationToken);
        guard.EnsureProvinceAdmin(tree);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var (plan, target) = await RequireTargetAsync(db, planCode, targetCode, cancellationToken);
        await new UpdateTargetValidator(plan, target, tree).ValidateAndThrowAsync(input, cancellationToken);
        target.Title = VietnameseText.Clean(input.Title) ?? target.Title;
        target.Goal = input.Goal ?? target.Goal;
        target.Threshold = input.Threshold ?? target.Threshold;
        target.DueDate = input.DueDate ?? target.DueDate;
        target.Levels = input.Levels is { } levels ? string.Join(',', levels.Distinct()) : target.Levels;
        await db.SaveChangesAsync(cancellationToken);
        return target;
    }

    public async Task<Plan> CopyPlanAsync(CopyPlanInput input, CancellationToken cancellationToken)
    {
        var tree = await directory.LoadTreeAsync(cancellationToken);
        guard.EnsureProvinceAdmin(tree);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var source = await db.Plans.SingleOrDefaultAsync(p => p.Code == input.Code, cancellationToken)
            ?? throw new DomainException(ErrorCodes.NotFound, $"Không có kế hoạch {input.Code}.", "code");
        await new CopyPlanValidator().ValidateAndThrowAsync(input, cancellationToken);
        var newCode = VietnameseText.Clean(input.NewCode)!;
        if (await db.Plans.AnyAsync(p => p.Code == newCode, cancellationToken))
        {
            throw new DomainException(ErrorCodes.Conflict, $"Đã có kế hoạch {newCode}.", "newCode");
        }

        var year = input.Year;
        var copy = new Plan
        {
            Code = newCode,
            DocumentNumber = newCode,
            Title = VietnameseText.Clean(input.Title) ?? source.Title.Replace(source.Year.ToString(CultureInfo.InvariantCulture), year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal),
            Year = year,
            IssuingUnitId = source.IssuingUnitId,
        };
        var targets = await db.Targets.AsNoTracking().Where(t => t.PlanId == source.Id).ToListAsync(cancellationToken);
        var periods = await db.ReportingPeriods.AsNoTracking().Where(p => p.PlanId == source.Id).ToListAsync(cancellationToken);
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
        var years = year - source.Year;
        db.ReportingPeriods.AddRange(periods.Count == 0
            ? ReportingPeriodDefaults.For(copy)
            : periods.Select(p => new ReportingPeriod
            {
                PlanId = copy.Id,
                Code = p.Code,
                Name = p.Name.Replace(source.Year.ToString(CultureInfo.InvariantCulture), year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal),
                Start = p.Start.AddYears(years),
                End = p.End.AddYears(years),
                DueDate = p.DueDate.AddYears(years),
            }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return copy;
    }

    private static async Task<(Plan Plan, Target Target)> RequireTargetAsync(CoreDbContext db, string planCode, string targetCode, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.SingleOrDefaultAsync(p => p.Code == planCode, cancellationToken)
            ?? throw new DomainException(ErrorCodes.NotFound, $"Không có kế hoạch {planCode}.", "planCode");
        var target = await db.Targets.SingleOrDefaultAsync(t => t.PlanId == plan.Id && t.Code == targetCode, cancellationToken)
            ?? throw new DomainException(ErrorCodes.NotFound, $"Kế hoạch {planCode} không có chỉ tiêu {targetCode}.", "targetCode");
        return (plan, target);
    }

    private static DateOnly ShiftYear(DateOnly day, int year) =>
        new(year, day.Month, Math.Min(day.Day, DateTime.DaysInMonth(year, day.Month)));
}
