using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Modular.Shared.Access;
using Modular.Shared.Audit;
using Modular.Shared.Data;
using Modular.Shared.Indicators;
using Modular.Shared.Modularity;
using Modular.Shared.Units;

namespace Modular.Shared.GraphQL;

/// <summary>The root query: the shared contract (modules, units, plans, progress) plus one namespace field per installed module.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType(IEnumerable<ModuleSchema> modules)
    {
        Name = "Query";
        this.RequireRole(Role.Viewer);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ModuleType>>>>("modules")
            .Description("The modules installed in this deployment.")
            .Resolve(c => c.Service<ModuleCatalog>().Installed);
        Field<UnitType>("unit")
            .Description("The unit the code names on the day (default today); a code may name different units on different days. Null when none was in force then.")
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .Argument<CalendarDateGraphType>("on")
            .ResolveAsync(async c => (await Tree(c)).Find(c.GetArgument<string>("code"), c.GetArgument<DateOnly?>("on") ?? Today(c)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitType>>>>("units")
            .Description("Units in force on the day (default today), optionally the children of one unit, optionally of one level; includeClosed adds every unit that ever was.")
            .Argument<StringGraphType>("parentCode")
            .Argument<UnitLevelEnum>("level")
            .Argument<CalendarDateGraphType>("on")
            .Argument<BooleanGraphType>("includeClosed", a => a.DefaultValue = false)
            .ResolveAsync(async c =>
            {
                var tree = await Tree(c);
                var parentCode = c.GetArgument<string?>("parentCode");
                var level = c.GetArgument<string?>("level");
                var includeClosed = c.GetArgument<bool>("includeClosed");
                var day = c.GetArgument<DateOnly?>("on") ?? Today(c);
                IEnumerable<Unit> units = tree.Units;
                if (parentCode is not null)
                {
                    units = tree.ChildrenOf(tree.ResolveForReading(parentCode, day, "parentCode").Id);
                }

                return units.Where(u => (level == null || u.LevelKey == level) && (includeClosed || u.IsInForceOn(day))).ToList();
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanType>>>>("plans").ResolveAsync(async c =>
        {
            await using var db = await c.Service<IDbContextFactory<CoreDbContext>>().CreateDbContextAsync(c.CancellationToken);
            return await db.Plans.AsNoTracking().OrderByDescending(p => p.Year).ThenBy(p => p.Code).ToListAsync(c.CancellationToken);
        });
        Field<PlanType>("plan")
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .ResolveAsync(async c =>
            {
                var code = c.GetArgument<string>("code");
                await using var db = await c.Service<IDbContextFactory<CoreDbContext>>().CreateDbContextAsync(c.CancellationToken);
                return await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, c.CancellationToken);
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorType>>>>("indicators")
            .Description("What the installed modules measure; reported ones are entered with reportValue.")
            .Resolve(c => c.Service<IndicatorRegistry>().All.OrderBy(i => i.Definition.Key, StringComparer.Ordinal).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportedValueType>>>>("reportedValues")
            .Description("Values reported for a unit, corrections included (newest first).")
            .Argument<NonNullGraphType<StringGraphType>>("unitCode")
            .Argument<StringGraphType>("indicator")
            .ResolveAsync(async c =>
            {
                var unit = await c.Service<UnitAccess>().ForReadAsync(c.GetArgument<string>("unitCode"), c.CancellationToken);
                var indicator = c.GetArgument<string?>("indicator");
                await using var db = await c.Service<IDbContextFactory<CoreDbContext>>().CreateDbContextAsync(c.CancellationToken);
                return await db.ReportedValues.AsNoTracking()
                    .Where(r => r.UnitId == unit.Id && (indicator == null || r.IndicatorKey == indicator))
                    .OrderByDescending(r => r.PeriodStart).ThenByDescending(r => r.Id)
                    .ToListAsync(c.CancellationToken);
            });

        Field<NonNullGraphType<AuditPageType>>("auditTrail")
            .RequireRole(Role.Manager)
            .Description("Writes in the subtree of a unit (default the caller's), newest first, from every store; managers and admins.")
            .Argument<StringGraphType>("unitCode", a => a.Description = "Entries of this unit and the units below it.")
            .Argument<StringGraphType>("moduleKey")
            .Argument<StringGraphType>("user", a => a.Description = "The user name as in the token.")
            .Argument<CalendarDateGraphType>("from", a => a.Description = "First day of writing, inclusive.")
            .Argument<CalendarDateGraphType>("to", a => a.Description = "Last day of writing, inclusive.")
            .Argument<CalendarDateGraphType>("recordFrom", a => a.Description = "Entries of records whose own day (the event's day) is on or after this day.")
            .Argument<CalendarDateGraphType>("recordTo", a => a.Description = "Entries of records whose own day is on or before this day.")
            .Paged()
            .ResolveAsync(async c => await c.Service<AuditTrail>().ReadAsync(
                new AuditTrailQuery(
                    c.GetArgument<string?>("unitCode"),
                    c.GetArgument<string?>("moduleKey"),
                    c.GetArgument<string?>("user"),
                    c.GetArgument<DateOnly?>("from"),
                    c.GetArgument<DateOnly?>("to"),
                    c.GetArgument<DateOnly?>("recordFrom"),
                    c.GetArgument<DateOnly?>("recordTo")),
                PageRequest.From(c),
                c.CancellationToken));

        this.AddReportingQueries();
        AccountFields.AddQueries(this);

        foreach (var module in modules)
        {
            AddField(new FieldType
            {
                Name = module.ModuleKey,
                Description = $"Fields of the '{module.ModuleKey}' module.",
                Type = typeof(NonNullGraphType<>).MakeGenericType(module.QueryType),
                Resolver = new FuncFieldResolver<object>(_ => ModuleNamespace.Instance),
            });
        }
    }

    private static DateOnly Today(IResolveFieldContext c) => DateOnly.FromDateTime(c.Service<TimeProvider>().GetLocalNow().DateTime);

    private static Task<UnitTree> Tree(IResolveFieldContext c) => c.Service<UnitDirectory>().LoadTreeAsync(c.CancellationToken);
}

/// <summary>The value behind a module's namespace field: the module's fields resolve from their arguments only.</summary>
public sealed class ModuleNamespace
{
    public static readonly ModuleNamespace Instance = new();

    private ModuleNamespace()
    {
    }
}
