using GraphQL;
using GraphQL.Types;
using Modular.Shared.Access;
using Modular.Shared.Units;

namespace Modular.Shared.GraphQL;

/// <summary>Input of <c>applyReorganisation</c>: the map as rows or as the CSV text, never both.</summary>
public sealed record ReorganisationInput(string Name, DateOnly EffectiveFrom, IReadOnlyList<MergeMapRow>? Rows, string? Csv, bool DryRun);

/// <summary>A unit's predecessor or successor with the share it carried.</summary>
public sealed record UnitLineageEdge(Unit Unit, LineageShare Share, DateOnly EffectiveFrom);

/// <summary>One event of a unit's life: formed, or closed.</summary>
public sealed record UnitHistoryEvent(DateOnly On, string Event, string Description);

internal static class ReorganisationFields
{
    public static void AddReorganisationMutation(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<UnitType>>("setSuccessor")
            .RequireRole(Role.Manager)
            .Description(
                "Moves all the work of a unit split in a reorganisation (records, reported values, allocations) to another of its successors, "
                + "from the reorganisation on; the unit is named by its code on a day it was in force (managers of both; audited).")
            .Argument<NonNullGraphType<StringGraphType>>("unitCode")
            .Argument<NonNullGraphType<CalendarDateGraphType>>("on")
            .Argument<NonNullGraphType<StringGraphType>>("successorCode")
            .ResolveAsync(async c => await c.Service<ReorganisationCommands>().SetSuccessorAsync(
                c.GetArgument<string>("unitCode"), c.GetArgument<DateOnly>("on"), c.GetArgument<string>("successorCode"), c.CancellationToken));
        mutation.Field<NonNullGraphType<ReorganisationResultType>>("applyReorganisation")
            .RequireProvinceAdmin()
            .Description(
                "Applies a merge map (rows, or the CSV text of khanh-hoa-2025-merge-map.csv) with an effective date as one act: old units close "
                + "the day before, new units open, emptied levels close. dryRun answers what would change, writes nothing. A map is applied once.")
            .Argument<NonNullGraphType<ReorganisationInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ReorganisationInput>("input");
                var rows = (input.Rows, VietnameseText.Clean(input.Csv)) switch
                {
                    ({ Count: > 0 } given, null) => given,
                    (null or { Count: 0 }, { } csv) => MergeMap.ParseCsv(csv),
                    (null or { Count: 0 }, null) => throw new DomainException(ErrorCodes.Validation, "Cần các dòng của bản đồ sắp xếp (rows) hoặc nội dung tệp CSV (csv).", "rows"),
                    _ => throw new DomainException(ErrorCodes.Validation, "Gửi các dòng (rows) hoặc tệp CSV (csv), không gửi cả hai.", "csv"),
                };
                return await c.Service<ReorganisationCommands>().ApplyAsync(new MergeMap(input.Name, input.EffectiveFrom, rows), input.DryRun, c.CancellationToken);
            });
    }

    /// <summary>The unit's lineage and history fields, on <c>Unit</c>.</summary>
    public static void AddLineageFields(this ObjectGraphType<Unit> unitType)
    {
        unitType.Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitLineageType>>>>("predecessors")
            .Description("The units this one was formed from in a reorganisation, with the share each gave.")
            .ResolveAsync(async c =>
            {
                var tree = await c.Service<UnitDirectory>().LoadTreeAsync(c.CancellationToken);
                return tree.PredecessorsOf(c.Source.Id).Select(l => new UnitLineageEdge(tree.Find(l.PredecessorId)!, l.Share, l.EffectiveFrom)).ToList();
            });
        unitType.Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitLineageType>>>>("successors")
            .Description("The units this one went into in a reorganisation, with the share each took.")
            .ResolveAsync(async c =>
            {
                var tree = await c.Service<UnitDirectory>().LoadTreeAsync(c.CancellationToken);
                return tree.SuccessorsOf(c.Source.Id).Select(l => new UnitLineageEdge(tree.Find(l.SuccessorId)!, l.Share, l.EffectiveFrom)).ToList();
            });
        unitType.Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitHistoryEventType>>>>("history")
            .Description("The unit's life: when it was formed (and from what), when it closed (and into what).")
            .ResolveAsync(async c =>
            {
                var tree = await c.Service<UnitDirectory>().LoadTreeAsync(c.CancellationToken);
                var unit = c.Source;
                var events = new List<UnitHistoryEvent>();
                var from = tree.PredecessorsOf(unit.Id).Select(l => tree.Find(l.PredecessorId)!.Name + (l.Share == LineageShare.Partial ? " (một phần)" : string.Empty)).ToList();
                events.Add(new UnitHistoryEvent(unit.ValidFrom, "FORMED", from.Count > 0
                    ? $"Thành lập từ {unit.ValidFrom:dd/MM/yyyy} trên cơ sở {string.Join(", ", from)}."
                    : $"Hoạt động từ {unit.ValidFrom:dd/MM/yyyy}."));
                if (unit.ValidTo is not null)
                {
                    events.Add(new UnitHistoryEvent(unit.ValidTo.Value, "CLOSED", tree.ClosedMessage(unit)));
                }

                return events;
            });
    }
}

internal sealed class LineageShareEnum : EnumerationGraphType<LineageShare>
{
    public LineageShareEnum()
    {
        Name = "LineageShare";
        Description = "How much of a predecessor went into a successor.";
    }
}

internal sealed class UnitLineageType : ObjectGraphType<UnitLineageEdge>
{
    public UnitLineageType()
    {
        Name = "UnitLineage";
        Description = "A predecessor or successor of a unit in a reorganisation.";
        Field<NonNullGraphType<UnitType>>("unit").Resolve(c => c.Source.Unit);
        Field<NonNullGraphType<LineageShareEnum>>("share").Resolve(c => c.Source.Share).Description("WHOLE, or PARTIAL when the old unit was split.");
        Field(l => l.EffectiveFrom).Description("The successor's first day.");
    }
}

internal sealed class UnitHistoryEventType : ObjectGraphType<UnitHistoryEvent>
{
    public UnitHistoryEventType()
    {
        Name = "UnitHistoryEvent";
        Field(e => e.On);
        Field(e => e.Event).Description("FORMED or CLOSED.");
        Field(e => e.Description).Description("In Vietnamese.");
    }
}

internal sealed class MergeMapRowInputType : InputObjectGraphType<MergeMapRow>
{
    public MergeMapRowInputType()
    {
        Name = "MergeMapRowInput";
        Description = "One row of a merge map, as in khanh-hoa-2025-merge-map.csv.";
        Field(r => r.NewCode).Description("new_code: the new unit's code (it may reuse a predecessor's).");
        Field(r => r.NewName).Description("new_name: the new place's name, e.g. Phường Bắc Nha Trang.");
        Field(r => r.OldCode).Description("old_code: a unit in force the day before the effective date.");
        Field<NonNullGraphType<LineageShareEnum>>("share").Description("coverage: WHOLE (full) or PARTIAL (partial).");
        Field(r => r.OldName, nullable: true).Description("old_name: checked against the unit's place name when given.");
    }
}

internal sealed class ReorganisationInputType : InputObjectGraphType<ReorganisationInput>
{
    public ReorganisationInputType()
    {
        Name = "ReorganisationInput";
        Field(i => i.Name).Description("The map's name or legal basis, recorded in the audit trail.");
        Field(i => i.EffectiveFrom).Description("The new units' first day; old units close the day before.");
        Field<ListGraphType<NonNullGraphType<MergeMapRowInputType>>>("rows");
        Field(i => i.Csv, nullable: true).Description("The map as CSV text (headings new_code, new_name, old_code, coverage; others ignored).");
        Field(i => i.DryRun, nullable: true).Description("True: answer what would change and write nothing.");
    }
}

internal sealed class UnitChangeType : ObjectGraphType<UnitChange>
{
    public UnitChangeType()
    {
        Name = "UnitChange";
        Field(u => u.Code);
        Field(u => u.Name);
        Field<NonNullGraphType<UnitLevelEnum>>("level").Resolve(c => c.Source.LevelKey);
        Field(u => u.ParentCode, nullable: true);
        Field(u => u.SuccessorCode, nullable: true).Description("For a closing unit: where its work counts from the effective date (null: its parent).");
        Field(u => u.ValidFrom);
        Field(u => u.ValidTo, nullable: true);
    }
}

internal sealed class ReorganisationConflictType : ObjectGraphType<ReorganisationConflict>
{
    public ReorganisationConflictType()
    {
        Name = "ReorganisationConflict";
        Field(c => c.Row, nullable: true).Description("The map row at fault (1 = the first row after the headings).");
        Field(c => c.Code);
        Field(c => c.Message);
    }
}

internal sealed class ReorganisationEffectType : ObjectGraphType<ReorganisationEffect>
{
    public ReorganisationEffectType()
    {
        Name = "ReorganisationEffect";
        Field(e => e.Kind).Description("switch, allocation, reported-values or user.");
        Field(e => e.UnitCode);
        Field(e => e.UnitName);
        Field(e => e.Detail);
    }
}

internal sealed class ReorganisationResultType : ObjectGraphType<ReorganisationResult>
{
    public ReorganisationResultType()
    {
        Name = "ReorganisationResult";
        Field(r => r.Name);
        Field(r => r.EffectiveFrom);
        Field(r => r.DryRun);
        Field(r => r.Applied).Description("True when this request wrote the reorganisation.");
        Field(r => r.AlreadyApplied).Description("True when the same map was applied before: nothing changed.");
        Field(r => r.Message);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitChangeType>>>>("created").Resolve(c => c.Source.Created);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitChangeType>>>>("closed").Resolve(c => c.Source.Closed);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitChangeType>>>>("reparented")
            .Description("Units the map does not name whose parent closes: closed and opened again under the new parent.")
            .Resolve(c => c.Source.Reparented);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReorganisationEffectType>>>>("effects").Resolve(c => c.Source.Effects);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReorganisationConflictType>>>>("conflicts").Resolve(c => c.Source.Conflicts);
    }
}
