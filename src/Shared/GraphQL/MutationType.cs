using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Modular.Shared.Access;
using Modular.Shared.Indicators;
using Modular.Shared.Plans;
using Modular.Shared.Units;

namespace Modular.Shared.GraphQL;

/// <summary>The root mutation: the core's writes plus one namespace field per installed module that writes.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType(IEnumerable<ModuleSchema> modules)
    {
        Name = "Mutation";
        this.RequireRole(Role.Viewer);
        Field<NonNullGraphType<ReportedValueType>>("reportValue")
            .RequireRole(Role.Reporter)
            .Description("Reports a number for a unit and period; a second report for the same period is a correction and keeps the earlier value in history.")
            .Argument<NonNullGraphType<ReportValueInputType>>("input")
            .ResolveAsync(async c => await c.Service<ReportedValueCommands>().ReportValueAsync(c.GetArgument<ReportValueInput>("input"), c.CancellationToken));
        Field<NonNullGraphType<UnitType>>("switchModule")
            .RequireRole(Role.Manager)
            .Description("Switches a module on or off for a unit and its descendants from a date; earlier days keep their state.")
            .Argument<NonNullGraphType<StringGraphType>>("unitCode")
            .Argument<NonNullGraphType<StringGraphType>>("moduleKey")
            .Argument<NonNullGraphType<BooleanGraphType>>("enabled")
            .Argument<NonNullGraphType<CalendarDateGraphType>>("effectiveFrom")
            .ResolveAsync(async c => await c.Service<SwitchCommands>().SwitchModuleAsync(
                c.GetArgument<string>("unitCode"), c.GetArgument<string>("moduleKey"), c.GetArgument<bool>("enabled"), c.GetArgument<DateOnly>("effectiveFrom"), c.CancellationToken));
        Field<NonNullGraphType<GoalAllocationType>>("allocateGoal")
            .RequireRole(Role.Manager)
            .Description("Gives a unit its share of a target's goal; its parent's manager allocates.")
            .Argument<NonNullGraphType<StringGraphType>>("planCode")
            .Argument<NonNullGraphType<StringGraphType>>("targetCode")
            .Argument<NonNullGraphType<StringGraphType>>("unitCode")
            .Argument<NonNullGraphType<FloatGraphType>>("goal")
            .ResolveAsync(async c => await c.Service<PlanCommands>().AllocateGoalAsync(
                new AllocateGoalInput(c.GetArgument<string>("planCode"), c.GetArgument<string>("targetCode"), c.GetArgument<string>("unitCode"), c.GetArgument<double>("goal")), c.CancellationToken));
        Field<NonNullGraphType<MilestoneCompletionType>>("completeMilestone")
            .RequireRole(Role.Reporter)
            .Description("Marks a key activity (milestone) done at a unit.")
            .Argument<NonNullGraphType<StringGraphType>>("planCode")
            .Argument<NonNullGraphType<StringGraphType>>("targetCode")
            .Argument<NonNullGraphType<StringGraphType>>("unitCode")
            .Argument<NonNullGraphType<CalendarDateGraphType>>("completedOn")
            .Argument<StringGraphType>("note")
            .ResolveAsync(async c => await c.Service<PlanCommands>().CompleteMilestoneAsync(
                new CompleteMilestoneInput(c.GetArgument<string>("planCode"), c.GetArgument<string>("targetCode"), c.GetArgument<string>("unitCode"), c.GetArgument<DateOnly>("completedOn"), c.GetArgument<string?>("note")),
                c.CancellationToken));
        Field<NonNullGraphType<TargetType>>("addTarget")
            .RequireProvinceAdmin()
            .Description("Adds a target to an existing plan, after its others (province admins).")
            .Argument<NonNullGraphType<StringGraphType>>("planCode")
            .Argument<NonNullGraphType<AddTargetInputType>>("input")
            .ResolveAsync(async c => await c.Service<PlanCommands>().AddTargetAsync(c.GetArgument<string>("planCode"), c.GetArgument<AddTargetInput>("input"), c.CancellationToken));
        Field<NonNullGraphType<TargetType>>("updateTarget")
            .RequireProvinceAdmin()
            .Description("Edits a target's title, goal, threshold, due date or levels (province admins).")
            .Argument<NonNullGraphType<StringGraphType>>("planCode")
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .Argument<NonNullGraphType<UpdateTargetInputType>>("input")
            .ResolveAsync(async c => await c.Service<PlanCommands>().UpdateTargetAsync(
                c.GetArgument<string>("planCode"), c.GetArgument<string>("code"), c.GetArgument<UpdateTargetInput>("input"), c.CancellationToken));
        Field<NonNullGraphType<PlanType>>("copyPlan")
            .RequireProvinceAdmin()
            .Description("Copies a plan and its targets to a new year under a new code (province admins).")
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .Argument<NonNullGraphType<StringGraphType>>("newCode")
            .Argument<NonNullGraphType<IntGraphType>>("year")
            .Argument<StringGraphType>("title")
            .ResolveAsync(async c => await c.Service<PlanCommands>().CopyPlanAsync(
                new CopyPlanInput(c.GetArgument<string>("code"), c.GetArgument<string>("newCode"), c.GetArgument<int>("year"), c.GetArgument<string?>("title")), c.CancellationToken));
        Field<NonNullGraphType<UnitType>>("addUnit")
            .RequireProvinceAdmin()
            .Description("Adds a unit under a parent (province admins).")
            .Argument<NonNullGraphType<AddUnitInputType>>("input")
            .ResolveAsync(async c => await c.Service<UnitCommands>().AddUnitAsync(c.GetArgument<AddUnitInput>("input"), c.CancellationToken));
        Field<NonNullGraphType<UnitType>>("renameUnit")
            .RequireProvinceAdmin()
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .Argument<StringGraphType>("placeName")
            .ResolveAsync(async c => await c.Service<UnitCommands>().RenameUnitAsync(
                new RenameUnitInput(c.GetArgument<string>("code"), c.GetArgument<string>("name"), c.GetArgument<string?>("placeName")), c.CancellationToken));
        Field<NonNullGraphType<UnitType>>("closeUnit")
            .RequireProvinceAdmin()
            .Description("Closes a unit from a date, optionally naming the unit that takes over (province admins).")
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .Argument<NonNullGraphType<CalendarDateGraphType>>("validTo")
            .Argument<StringGraphType>("successorCode")
            .ResolveAsync(async c => await c.Service<UnitCommands>().CloseUnitAsync(
                new CloseUnitInput(c.GetArgument<string>("code"), c.GetArgument<DateOnly>("validTo"), c.GetArgument<string?>("successorCode")), c.CancellationToken));
        this.AddReorganisationMutation();
        this.AddReportingMutations();

        AccountFields.AddMutations(this);

        foreach (var module in modules.Where(m => m.MutationType is not null))
        {
            // Every write needs at least a reporter; a module's own fields may ask for more (RequireRole).
            AddField(new FieldType
            {
                Name = module.ModuleKey,
                Description = $"Writes of the '{module.ModuleKey}' module.",
                Type = typeof(NonNullGraphType<>).MakeGenericType(module.MutationType!),
                Resolver = new FuncFieldResolver<object>(_ => ModuleNamespace.Instance),
            }).RequireRole(Role.Reporter);
        }
    }
}

internal sealed class ReportValueInputType : InputObjectGraphType<ReportValueInput>
{
    public ReportValueInputType()
    {
        Name = "ReportValueInput";
        Field(i => i.Indicator).Description("Indicator key, e.g. organisation.women-18plus.");
        Field(i => i.UnitCode);
        Field(i => i.PeriodStart);
        Field(i => i.PeriodEnd);
        Field(i => i.Value).Description("A non-negative number.");
    }
}

internal sealed class AddTargetInputType : InputObjectGraphType<AddTargetInput>
{
    public AddTargetInputType()
    {
        Name = "AddTargetInput";
        Field(i => i.Code).Description("The plan's numbering, e.g. 2.9 or 5.15.");
        Field(i => i.Title);
        Field(i => i.Section, nullable: true).Description("The plan's section, e.g. II.2.");
        Field(i => i.ModuleKey).Description("The module that measures it.");
        Field<NonNullGraphType<TargetKindEnum>>("kind");
        Field(i => i.Indicator, nullable: true).Description("Key of the indicator read (the numerator for RATIO); none for MILESTONE.");
        Field(i => i.Denominator, nullable: true).Description("RATIO (and optionally COVERAGE): key of the denominator indicator.");
        Field(i => i.Goal).Description("A count for SUM, a percentage for RATIO and COVERAGE, 1 for MILESTONE.");
        Field(i => i.Threshold, nullable: true).Description("COVERAGE: what each applicable unit must reach.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitLevelEnum>>>>("levels");
        Field(i => i.DueDate);
    }
}

internal sealed class UpdateTargetInputType : InputObjectGraphType<UpdateTargetInput>
{
    public UpdateTargetInputType()
    {
        Name = "UpdateTargetInput";
        Field(i => i.Title, nullable: true);
        Field(i => i.Goal, nullable: true);
        Field(i => i.Threshold, nullable: true);
        Field(i => i.DueDate, nullable: true);
        Field<ListGraphType<NonNullGraphType<UnitLevelEnum>>>("levels");
    }
}

internal sealed class AddUnitInputType : InputObjectGraphType<AddUnitInput>
{
    public AddUnitInputType()
    {
        Name = "AddUnitInput";
        Field(i => i.Code);
        Field(i => i.PlaceName).Description("The place's name, e.g. Phường Vĩnh Hải.");
        Field(i => i.Name, nullable: true).Description("The union's name; default \"Hội LHPN \" + place name.");
        Field<NonNullGraphType<UnitLevelEnum>>("level");
        Field(i => i.ParentCode);
        Field(i => i.ValidFrom);
    }
}
