using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Modular.Shared.Access;
using Modular.Shared.Data;
using Modular.Shared.Plans;
using Modular.Shared.Progress;
using Modular.Shared.Units;

namespace Modular.Shared.GraphQL;

internal sealed class PlanType : ObjectGraphType<Plan>
{
    public PlanType()
    {
        Name = "Plan";
        Description = "A yearly plan and its targets.";
        Field(p => p.Code);
        Field(p => p.Title);
        Field(p => p.Year);
        Field(p => p.DocumentNumber);
        Field(p => p.IssuedOn, nullable: true);
        Field<NonNullGraphType<UnitType>>("issuingUnit").ResolveAsync(async c => (await c.Service<UnitDirectory>().LoadTreeAsync(c.CancellationToken)).Find(c.Source.IssuingUnitId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TargetType>>>>("targets")
            .Argument<StringGraphType>("moduleKey")
            .ResolveAsync(async c =>
            {
                var moduleKey = c.GetArgument<string?>("moduleKey");
                await using var db = await c.Service<IDbContextFactory<CoreDbContext>>().CreateDbContextAsync(c.CancellationToken);
                return await db.Targets.AsNoTracking()
                    .Where(t => t.PlanId == c.Source.Id && (moduleKey == null || t.ModuleKey == moduleKey))
                    .OrderBy(t => t.SortOrder).ThenBy(t => t.Id)
                    .ToListAsync(c.CancellationToken);
            });
        this.AddReportingPeriods();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TargetProgressType>>>>("progress")
            .Description("Every target's standing at the unit (and, through children, at each unit below it) on the as-of date: default today, or the end of the plan year if earlier. The unit code is read on the as-of date, and the tree is the one in force that day.")
            .Argument<NonNullGraphType<StringGraphType>>("unitCode")
            .Argument<StringGraphType>("moduleKey")
            .Argument<CalendarDateGraphType>("asOf")
            .ResolveAsync(async c =>
            {
                var engine = c.Service<ProgressEngine>();
                c.Service<UnitAccess>().RequireCaller();
                var asOf = c.GetArgument<DateOnly?>("asOf") ?? engine.DefaultAsOf(c.Source);
                var evaluation = await engine.EvaluateAsync(c.Source, c.GetArgument<string?>("moduleKey"), asOf, c.CancellationToken);
                var unitCode = c.GetArgument<string>("unitCode");
                var unit = evaluation.Tree.Resolve(unitCode, asOf);
                return evaluation.ForUnit(unit);
            });
    }
}
