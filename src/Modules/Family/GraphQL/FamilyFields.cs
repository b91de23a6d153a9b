using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Modular.Modules.Family.Data;
using Modular.Modules.Family.Domain;
using Modular.Shared;
using Modular.Shared.GraphQL;

namespace Modular.Modules.Family.GraphQL;

/// <summary>The same list, single-record and write fields for every record kind, so each kind reads and writes the same way.</summary>
internal static class FamilyFields
{
    /// <summary>A paged list over the subtree of <c>unitCode</c> (the caller's unit by default), narrowed by the kind's own filters.</summary>
    public static FieldBuilder<object?, object> RecordList<TRecord, TPageType>(
        this ObjectGraphType query, string name, string description, Func<IResolveFieldContext, IQueryable<TRecord>, IQueryable<TRecord>> filter)
        where TRecord : FamilyRecord
        where TPageType : IGraphType
    {
        var field = query.Field<NonNullGraphType<TPageType>>(name)
            .Description(description)
            .Argument<StringGraphType>("unitCode", a => a.Description = "Đơn vị cần xem cùng các đơn vị trực thuộc; mặc định là đơn vị của tài khoản.")
            .Paged();
        field.ResolveAsync(async c => await c.Service<FamilyRecordStore>().ListAsync<TRecord>(
            c.GetArgument<string?>("unitCode"), q => filter(c, q), PageRequest.From(c), c.CancellationToken));
        return field;
    }

    public static void RecordById<TRecord, TGraphType>(this ObjectGraphType query, string name)
        where TRecord : FamilyRecord
        where TGraphType : IGraphType =>
        query.Field<NonNullGraphType<TGraphType>>(name)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Service<FamilyRecordStore>().GetAsync<TRecord>(RecordId(c), c.CancellationToken));

    /// <summary><c>create{Name}</c>, <c>update{Name}</c> and <c>delete{Name}</c> (which returns the deleted id).</summary>
    public static void RecordWrites<TRecord, TGraphType, TInput, TInputType>(this ObjectGraphType mutation, string name, UniqueInUnit<TRecord>? unique = null)
        where TRecord : FamilyRecord, new()
        where TGraphType : IGraphType
        where TInput : IFamilyInput<TRecord>
        where TInputType : IInputObjectGraphType
    {
        mutation.Field<NonNullGraphType<TGraphType>>("create" + name)
            .Argument<NonNullGraphType<TInputType>>("input")
            .ResolveAsync(async c => await c.Service<FamilyRecordStore>().CreateAsync(c.GetArgument<TInput>("input"), unique, c.CancellationToken));
        mutation.Field<NonNullGraphType<TGraphType>>("update" + name)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<TInputType>>("input")
            .ResolveAsync(async c => await c.Service<FamilyRecordStore>().UpdateAsync(RecordId(c), c.GetArgument<TInput>("input"), unique, c.CancellationToken));
        mutation.Field<NonNullGraphType<IdGraphType>>("delete" + name)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Service<FamilyRecordStore>().DeleteAsync<TRecord>(RecordId(c), c.CancellationToken));
    }

    /// <summary>The <c>id</c> argument; one that is not a record number is answered like a missing record.</summary>
    private static int RecordId(IResolveFieldContext c) =>
        int.TryParse(c.GetArgument<string>("id"), out var id) ? id : throw new DomainException(ErrorCodes.NotFound, "Không tìm thấy bản ghi: mã bản ghi không hợp lệ.", "id");

    /// <summary>Adds <c>from</c> and <c>to</c> (inclusive) on the record's date.</summary>
    public static FieldBuilder<object?, object> DateRange(this FieldBuilder<object?, object> field, string what) =>
        field.Argument<CalendarDateGraphType>("from", a => a.Description = $"Từ ngày ({what}).")
            .Argument<CalendarDateGraphType>("to", a => a.Description = $"Đến ngày ({what}), tính cả ngày này.");

    public static FieldBuilder<object?, object> Search(this FieldBuilder<object?, object> field, string what) =>
        field.Argument<StringGraphType>("search", a => a.Description = $"Tìm trong {what}, có dấu hay không dấu đều được.");
}
