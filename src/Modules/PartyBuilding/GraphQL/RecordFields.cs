using FluentValidation;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.PartyBuilding.Data;
using Modular.Modules.PartyBuilding.Domain;
using Modular.Shared;
using Modular.Shared.Access;
using Modular.Shared.GraphQL;

namespace Modular.Modules.PartyBuilding.GraphQL;

/// <summary>The fields every record type has: id, unit and the day it counts on (named in the record's own words).</summary>
internal abstract class PartyRecordGraphType<TRecord> : ObjectGraphType<TRecord>
    where TRecord : PartyRecord
{
    protected PartyRecordGraphType(string name, string description, string dateField, string dateDescription)
    {
        Name = name;
        Description = description;
        Field(r => r.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<RecordUnitType>>("unit").ResolveAsync(async c => await c.Service<UnitAccess>().FindAsync(c.Source.UnitId, c.CancellationToken));
        Field<NonNullGraphType<CalendarDateGraphType>>(dateField).Description(dateDescription).Resolve(c => c.Source.Date);
    }
}

/// <summary>The list, single-record and write fields, the same for every record kind.</summary>
internal static class RecordFields
{
    /// <summary>
    /// A paged list of records the caller may read, newest first: those of the subtree of <c>unitCode</c> (default the
    /// caller's unit), dated from/to, whose main texts contain every word of <c>search</c> (accents optional). Kind-specific filters
    /// are added by <paramref name="filter"/> and arguments chained on the returned builder.
    /// </summary>
    public static FieldBuilder<object?, object> List<TRecord, TPageGraph>(
        this ObjectGraphType type,
        string name,
        string description,
        Func<IResolveFieldContext, IQueryable<TRecord>, IQueryable<TRecord>>? filter = null)
        where TRecord : PartyRecord
        where TPageGraph : IGraphType =>
        type.Field<NonNullGraphType<TPageGraph>>(name)
            .Description(description)
            .Argument<StringGraphType>("unitCode", a => a.Description = "Records of this unit and the units below it; default the caller's unit.")
            .Argument<CalendarDateGraphType>("from", a => a.Description = "Records dated on or after this day.")
            .Argument<CalendarDateGraphType>("to", a => a.Description = "Records dated on or before this day.")
            .Argument<StringGraphType>("search", a => a.Description = "Words the record's main texts all contain, in any order; accents and case optional.")
            .Paged()
            .ResolveAsync(async c => await ListAsync(c, filter));

    public static void Single<TRecord, TGraph>(this ObjectGraphType type, string name, string description)
        where TRecord : PartyRecord
        where TGraph : IGraphType =>
        type.Field<TGraph>(name)
            .Description(description)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await FindAsync<TRecord>(c));

    /// <summary>
    /// Adds <c>create{name}(input)</c>, <c>update{name}(id, input)</c> and <c>delete{name}(id)</c> (which returns the deleted id);
    /// <paramref name="label"/> names the record kind in Vietnamese, as descriptions and messages say it ("cuộc giám sát").
    /// </summary>
    public static void Writes<TRecord, TInput, TGraph, TInputGraph>(this ObjectGraphType type, string name, string label)
        where TRecord : PartyRecord, new()
        where TInput : IPartyRecordInput<TRecord>
        where TGraph : IGraphType
        where TInputGraph : IGraphType
    {
        type.Field<NonNullGraphType<TGraph>>("create" + name)
            .Description($"Ghi {label} mới.")
            .Argument<NonNullGraphType<TInputGraph>>("input")
            .ResolveAsync(async c => await c.Service<PartyRecordCommands>().CreateAsync<TRecord, TInput>(
                c.GetArgument<TInput>("input"), c.Service<IValidator<TInput>>(), c.CancellationToken));
        type.Field<NonNullGraphType<TGraph>>("update" + name)
            .Description($"Sửa {label} (thay toàn bộ các trường).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<TInputGraph>>("input")
            .ResolveAsync(async c => await c.Service<PartyRecordCommands>().UpdateAsync<TRecord, TInput>(
                c.GetArgument<string>("id"), c.GetArgument<TInput>("input"), c.Service<IValidator<TInput>>(), label, c.CancellationToken));
        type.Field<NonNullGraphType<IdGraphType>>("delete" + name)
            .Description($"Xóa {label}; trả về mã của bản ghi đã xóa.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Service<PartyRecordCommands>().DeleteAsync<TRecord>(c.GetArgument<string>("id"), label, c.CancellationToken));
    }

    /// <summary>A record the caller may read, or null when there is none with that id.</summary>
    private static async Task<TRecord?> FindAsync<TRecord>(IResolveFieldContext c)
        where TRecord : PartyRecord
    {
        if (!int.TryParse(c.GetArgument<string>("id"), out var id))
        {
            return null;
        }

        await using var db = await c.Service<IDbContextFactory<PartyBuildingDbContext>>().CreateDbContextAsync(c.CancellationToken);
        var record = await db.Set<TRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, c.CancellationToken);
        if (record is not null)
        {
            await c.Service<UnitAccess>().EnsureCanReadAsync(record.UnitId, c.CancellationToken);
        }

        return record;
    }

    private static async Task<Page<TRecord>> ListAsync<TRecord>(IResolveFieldContext c, Func<IResolveFieldContext, IQueryable<TRecord>, IQueryable<TRecord>>? filter)
        where TRecord : PartyRecord
    {
        var page = PageRequest.From(c);
        var units = await c.Service<UnitAccess>().ReadableSubtreeAsync(c.GetArgument<string?>("unitCode"), c.CancellationToken);
        var from = c.GetArgument<DateOnly?>("from");
        var to = c.GetArgument<DateOnly?>("to");
        var words = VietnameseText.Clean(c.GetArgument<string?>("search")) is { } search
            ? VietnameseText.Fold(search).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            : [];

        await using var db = await c.Service<IDbContextFactory<PartyBuildingDbContext>>().CreateDbContextAsync(c.CancellationToken);
        var query = db.Set<TRecord>().AsNoTracking().Where(r => units.Contains(r.UnitId));
        if (from is { } first)
        {
            query = query.Where(r => r.Date >= first);
        }

        if (to is { } last)
        {
            query = query.Where(r => r.Date <= last);
        }

        foreach (var word in words)
        {
            query = query.Where(r => r.SearchText.Contains(word));
        }

        if (filter is not null)
        {
            query = filter(c, query);
        }

        return await query.OrderByDescending(r => r.Date).ThenByDescending(r => r.Id).ToPageAsync(page, c.CancellationToken);
    }
}
