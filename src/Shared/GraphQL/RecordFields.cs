using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Modular.Shared.Records;
using Modular.Shared.Storage;
using Modular.Shared.Transfer;

namespace Modular.Shared.GraphQL;

/// <summary>
/// Base of a module's query type: a paged list and a single-record field for each record kind, the same arguments and
/// answers in every module (<see cref="RecordService{TContext}"/> does the reading).
/// </summary>
public abstract class RecordQueryType<TContext> : ObjectGraphType
    where TContext : StoreDbContext
{
    /// <summary>
    /// A paged list of the records the caller may read: <c>unitCode</c> (a subtree, the caller's unit by default),
    /// <c>from</c>/<c>to</c> (the kind's dates), <c>search</c> (every word, accents optional), <c>skip</c>/<c>take</c>.
    /// <paramref name="narrow"/> adds the kind's own filters from the arguments chained on the returned builder;
    /// <paramref name="refine"/> changes the rest of the query (how dates apply, the order) where a kind needs it.
    /// </summary>
    protected FieldBuilder<object?, object> List<TRecord, TRecordGraphType>(
        string name,
        string description,
        Func<IResolveFieldContext, IQueryable<TRecord>, IQueryable<TRecord>>? narrow = null,
        Func<IResolveFieldContext, RecordQuery<TRecord>, RecordQuery<TRecord>>? refine = null)
        where TRecord : UnitRecord, IRecordKind<TRecord>
        where TRecordGraphType : ObjectGraphType<TRecord>, new() =>
        Field<NonNullGraphType<RecordPageGraphType<TRecord, TRecordGraphType>>>(name)
            .Description(description)
            .Argument<StringGraphType>("unitCode", a => a.Description = "Records of this unit and its descendants; default the caller's unit.")
            .Argument<CalendarDateGraphType>("from", a => a.Description = "First day, inclusive.")
            .Argument<CalendarDateGraphType>("to", a => a.Description = "Last day, inclusive.")
            .Argument<StringGraphType>("search", a => a.Description = "Words the record's names and texts all contain, in any order; accents and case optional.")
            .Paged()
            .ExportedBy(new Transfer.RecordReader<TContext, TRecord>())
            .ResolveAsync(async c =>
            {
                var query = new RecordQuery<TRecord>(
                    c.GetArgument<string?>("unitCode"), c.GetArgument<DateOnly?>("from"), c.GetArgument<DateOnly?>("to"), c.GetArgument<string?>("search"), PageRequest.From(c))
                {
                    Narrow = narrow is null ? null : records => narrow(c, records),
                };
                return await c.Service<RecordService<TContext>>().ListAsync(refine?.Invoke(c, query) ?? query, c.CancellationToken);
            });

    /// <summary>One record by id; a missing id, or one that is not a record's, is NOT_FOUND.</summary>
    protected void Single<TRecord, TRecordGraphType>(string name)
        where TRecord : UnitRecord, IRecordKind<TRecord>
        where TRecordGraphType : ObjectGraphType<TRecord> =>
        Field<NonNullGraphType<TRecordGraphType>>(name)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Service<RecordService<TContext>>().GetAsync<TRecord>(c.GetArgument<string>("id"), c.CancellationToken));
}

/// <summary>Base of a module's mutation type: create, update and delete for each record kind, the same in every module.</summary>
public abstract class RecordMutationType<TContext> : ObjectGraphType
    where TContext : StoreDbContext
{
    /// <summary>
    /// <c>create{name}(input)</c>, <c>update{name}(id, input)</c> and <c>delete{name}(id)</c>, which answers the deleted
    /// record's id; the descriptions name the kind as <see cref="IRecordKind{TRecord}.Label"/> does.
    /// </summary>
    protected void Writes<TRecord, TInput, TRecordGraphType, TInputGraphType>(string name)
        where TRecord : UnitRecord, IRecordKind<TRecord>, new()
        where TInput : class, IRecordInput<TRecord>
        where TRecordGraphType : ObjectGraphType<TRecord>
        where TInputGraphType : InputObjectGraphType<TInput>
    {
        var label = TRecord.Label;
        Field<NonNullGraphType<TRecordGraphType>>("create" + name)
            .Description($"Ghi {label} mới.")
            .Argument<NonNullGraphType<TInputGraphType>>("input")
            .ImportedBy(new Transfer.RecordWriter<TContext, TRecord, TInput>())
            .ResolveAsync(async c => await c.Service<RecordService<TContext>>().CreateAsync<TRecord, TInput>(c.GetArgument<TInput>("input"), c.CancellationToken));
        Field<NonNullGraphType<TRecordGraphType>>("update" + name)
            .Description($"Sửa {label} (thay toàn bộ các trường).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<TInputGraphType>>("input")
            .ResolveAsync(async c => await c.Service<RecordService<TContext>>().UpdateAsync<TRecord, TInput>(
                c.GetArgument<string>("id"), c.GetArgument<TInput>("input"), c.CancellationToken));
        Field<NonNullGraphType<IdGraphType>>("delete" + name)
            .Description($"Xóa {label}; trả về mã của bản ghi đã xóa.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Service<RecordService<TContext>>().DeleteAsync<TRecord>(c.GetArgument<string>("id"), c.CancellationToken));
    }
}
