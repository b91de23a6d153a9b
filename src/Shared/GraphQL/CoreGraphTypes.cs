using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Modular.Shared.Access;
using Modular.Shared.Data;
using Modular.Shared.Indicators;
using Modular.Shared.Modularity;
using Modular.Shared.Plans;
using Modular.Shared.Progress;
using Modular.Shared.Units;

namespace Modular.Shared.GraphQL;

/// <summary>Small helpers every resolver uses.</summary>
public static class ResolveContextExtensions
{
    public static T Service<T>(this IResolveFieldContext context)
        where T : notnull => context.RequestServices!.GetRequiredService<T>();
}

internal sealed class ModuleType : ObjectGraphType<InstalledModule>
{
    public ModuleType()
    {
        Name = "Module";
        Description = "A module (key task of the plan) installed in this deployment.";
        Field(m => m.Key).Description("Stable key: family, economy, party, organisation.");
        Field(m => m.Name).Description("Vietnamese name.");
        Field(m => m.EnglishName).Description("English name.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("dependsOn").Resolve(c => c.Source.DependsOn);
        Field<NonNullGraphType<BooleanGraphType>>("installed").Description("False for a module a target names but this deployment leaves out.")
            .Resolve(c => c.Service<ModuleCatalog>().IsInstalled(c.Source.Key));
    }
}

internal sealed class UnitLevelEnum : EnumerationGraphType
{
    public UnitLevelEnum()
    {
        Name = "UnitLevel";
        Description = "A level of the union's organisation.";
        foreach (var level in CoreSeeder.Levels)
        {
            Add(level.Key.ToUpperInvariant(), level.Key, $"{level.Name} ({level.EnglishName})");
        }
    }
}

internal sealed class UnitType : ObjectGraphType<Unit>
{
    public UnitType()
    {
        Name = "Unit";
        Description = "A Women's Union unit: an identity with a validity period. Its code is unique on any day, not for ever.";
        Field(u => u.Code).Description("Official code (GSO) or the union's own code; after a reorganisation a new unit may carry a predecessor's code.");
        Field(u => u.Name).Description("The union's name: Hội LHPN Phường Vĩnh Hải.");
        Field(u => u.PlaceName).Description("The place's name: Phường Vĩnh Hải.");
        Field<NonNullGraphType<UnitLevelEnum>>("level").Resolve(c => c.Source.LevelKey);
        Field(u => u.ValidFrom).Description("First day in force.");
        Field(u => u.ValidTo, nullable: true).Description("Last day in force; null while open.");
        Field<UnitType>("parent").ResolveAsync(async c => (await Tree(c)).ParentOf(c.Source));
        Field<UnitType>("successor")
            .Description("For a closed unit: the unit its work counts for (its successor, or for a split unit the one that kept its code).")
            .ResolveAsync(async c => c.Source.SuccessorId is { } id ? (await Tree(c)).Find(id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitType>>>>("children")
            .Description("Children in force on the day (default today); includeClosed adds every child it ever had.")
            .Argument<CalendarDateGraphType>("on")
            .Argument<BooleanGraphType>("includeClosed", a => a.DefaultValue = false)
            .ResolveAsync(async c =>
            {
                var includeClosed = c.GetArgument<bool>("includeClosed");
                var day = c.GetArgument<DateOnly?>("on") ?? DateOnly.FromDateTime(c.Service<TimeProvider>().GetLocalNow().DateTime);
                return (await Tree(c)).ChildrenOf(c.Source.Id).Where(u => includeClosed || u.IsInForceOn(day)).ToList();
            });
        this.AddLineageFields();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ModuleType>>>>("modules")
            .Description("Modules switched on for the unit on the date (default today).")
            .Argument<CalendarDateGraphType>("on")
            .ResolveAsync(async c =>
            {
                var day = c.GetArgument<DateOnly?>("on") ?? DateOnly.FromDateTime(c.Service<TimeProvider>().GetLocalNow().DateTime);
                var tree = await Tree(c);
                var switches = await c.Service<UnitDirectory>().LoadSwitchesAsync(c.CancellationToken);
                return c.Service<ModuleCatalog>().Installed.Where(m => switches.IsOn(tree, c.Source, m.Key, day)).ToList();
            });
    }

    private static Task<UnitTree> Tree(IResolveFieldContext<Unit> c) => c.Service<UnitDirectory>().LoadTreeAsync(c.CancellationToken);
}

internal sealed class TargetType : ObjectGraphType<Target>
{
    public TargetType()
    {
        Name = "Target";
        Description = "A quantified target of a plan.";
        Field(t => t.Code).Description("The plan's own numbering, e.g. 2.2a.");
        Field(t => t.Title);
        Field(t => t.Section, nullable: true).Description("The plan section it comes from, e.g. II.2.");
        Field<NonNullGraphType<ModuleType>>("module").Resolve(c =>
            c.Service<ModuleCatalog>().Find(c.Source.ModuleKey) ?? new InstalledModule(c.Source.ModuleKey, c.Source.ModuleKey, c.Source.ModuleKey, []));
        Field<NonNullGraphType<TargetKindEnum>>("kind").Resolve(c => c.Source.Kind);
        Field(t => t.Goal).Description("A count for SUM, a percentage for RATIO and COVERAGE, 1 for MILESTONE.");
        Field(t => t.Threshold, nullable: true).Description("COVERAGE: what each applicable unit must reach.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitLevelEnum>>>>("levels").Resolve(c => c.Source.LevelKeys);
        Field(t => t.DueDate);
        Field("indicator", t => t.IndicatorKey, nullable: true).Description("Key of the indicator read (the numerator for RATIO).");
        Field("denominator", t => t.DenominatorKey, nullable: true).Description("Key of the denominator indicator.");
    }
}

internal sealed class TargetKindEnum : EnumerationGraphType<TargetKind>
{
    public TargetKindEnum()
    {
        Name = "TargetKind";
    }
}

internal sealed class ProgressStatusEnum : EnumerationGraphType<ProgressStatus>
{
    public ProgressStatusEnum()
    {
        Name = "ProgressStatus";
        Description = "Where a target stands against the share of the year elapsed.";
    }
}

internal sealed class TargetProgressType : ObjectGraphType<TargetProgress>
{
    public TargetProgressType()
    {
        Name = "TargetProgress";
        Description = "A target's standing at a unit on the as-of date.";
        Field<NonNullGraphType<TargetType>>("target").Resolve(c => c.Source.Target);
        Field<NonNullGraphType<UnitType>>("unit").Resolve(c => c.Source.Unit);
        Field(p => p.Goal).Description("The goal at this unit: its allocation, or the plan's goal at the issuing unit; 0 when none was allocated.");
        Field(p => p.Actual).Description("A count for SUM, a percentage for RATIO and COVERAGE, units done for MILESTONE.");
        Field(p => p.Percent).Description("Actual as a percentage of the goal.");
        Field(p => p.Achieved);
        Field<NonNullGraphType<ProgressStatusEnum>>("status").Resolve(c => c.Source.Status);
        Field(p => p.UnitsMeeting, nullable: true).Description("COVERAGE and MILESTONE: applicable units meeting the threshold (done).");
        Field(p => p.UnitsCounted, nullable: true).Description("COVERAGE and MILESTONE: applicable units counted (module on, in force).");
        Field(p => p.Numerator, nullable: true).Description("SUM and RATIO: the summed indicator.");
        Field(p => p.FromPredecessors, nullable: true)
            .Description("SUM and RATIO: the part of the summed indicator that came from units which closed and went into this unit or units below it (a reorganisation).");
        Field(p => p.Denominator, nullable: true).Description("RATIO: the summed denominator.");
        Field(p => p.CompletedOn, nullable: true).Description("MILESTONE: the day it was done at this unit.");
        Field(p => p.Applicable).Description("Whether the target applies to this unit or any unit below it.");
        Field(p => p.Available).Description("False when the target's module or indicator is not installed.");
        Field(p => p.Note, nullable: true).Description("Why a figure is missing or zero, in Vietnamese.");
        Field(p => p.AllocationMismatch).Description("True when the children's allocated goals do not add up to this unit's goal.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TargetProgressType>>>>("children").Resolve(c => c.Source.Children);
    }
}

internal sealed class ReportedValueType : ObjectGraphType<ReportedValue>
{
    public ReportedValueType()
    {
        Name = "ReportedValue";
        Description = "A number reported by a unit for a period.";
        Field(r => r.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field("indicator", r => r.IndicatorKey);
        Field<NonNullGraphType<UnitType>>("unit").ResolveAsync(async c => (await c.Service<UnitDirectory>().LoadTreeAsync(c.CancellationToken)).Find(c.Source.UnitId));
        Field(r => r.PeriodStart);
        Field(r => r.PeriodEnd);
        Field(r => r.Value);
        Field(r => r.RecordedAt);
        Field(r => r.RecordedBy);
        Field(r => r.SupersededAt, nullable: true).Description("When a correction replaced it; null while current.");
    }
}

internal sealed class GoalAllocationType : ObjectGraphType<GoalAllocation>
{
    public GoalAllocationType()
    {
        Name = "GoalAllocation";
        Field<NonNullGraphType<UnitType>>("unit").ResolveAsync(async c => (await c.Service<UnitDirectory>().LoadTreeAsync(c.CancellationToken)).Find(c.Source.UnitId));
        Field(a => a.Goal);
    }
}

internal sealed class MilestoneCompletionType : ObjectGraphType<MilestoneCompletion>
{
    public MilestoneCompletionType()
    {
        Name = "MilestoneCompletion";
        Field<NonNullGraphType<UnitType>>("unit").ResolveAsync(async c => (await c.Service<UnitDirectory>().LoadTreeAsync(c.CancellationToken)).Find(c.Source.UnitId));
        Field(m => m.CompletedOn);
        Field(m => m.Note, nullable: true);
    }
}

internal sealed class IndicatorType : ObjectGraphType<RegisteredIndicator>
{
    public IndicatorType()
    {
        Name = "Indicator";
        Description = "Something a module measures.";
        Field<NonNullGraphType<StringGraphType>>("key").Resolve(c => c.Source.Definition.Key);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Definition.Name);
        Field<NonNullGraphType<StringGraphType>>("moduleKey").Resolve(c => c.Source.ModuleKey);
        Field<NonNullGraphType<BooleanGraphType>>("reported").Description("True when units report it as a number; false when computed from records.")
            .Resolve(c => c.Source.Definition.Source == IndicatorSource.Reported);
    }
}
