using GraphQL.Types;
using Modular.Shared.Audit;
using Modular.Shared.Units;

namespace Modular.Shared.GraphQL;

/// <summary>One write in the audit trail. Read only: the API has no way to change or delete entries.</summary>
internal sealed class AuditEntryType : ObjectGraphType<AuditRecord>
{
    public AuditEntryType()
    {
        Name = "AuditEntry";
        Description = "One write: who, when, which unit and module, what, and the values before and after.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The store and the entry's number in it, e.g. core:42.")
            .Resolve(c => $"{c.Source.StoreKey}:{c.Source.Entry.Id}");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(c => c.Source.Entry.At);
        Field<NonNullGraphType<StringGraphType>>("user").Description("The signed-in user who wrote, or \"system\".").Resolve(c => c.Source.Entry.UserName);
        Field<UnitType>("unit").Description("The unit the written record belongs to; null for plans and targets.")
            .ResolveAsync(async c => c.Source.Entry.UnitId is { } id ? (await c.Service<UnitDirectory>().LoadTreeAsync(c.CancellationToken)).Find(id) : null);
        Field<StringGraphType>("moduleKey").Resolve(c => c.Source.Entry.ModuleKey);
        Field<NonNullGraphType<StringGraphType>>("store").Description("The store that keeps the record: \"core\" or a module key.").Resolve(c => c.Source.StoreKey);
        Field<NonNullGraphType<StringGraphType>>("action").Description("create, update or delete.").Resolve(c => c.Source.Entry.Action);
        Field<NonNullGraphType<StringGraphType>>("entity").Description("The kind of record, e.g. ReportedValue.").Resolve(c => c.Source.Entry.Entity);
        Field<NonNullGraphType<StringGraphType>>("entityKey").Description("The record's key within its kind.").Resolve(c => c.Source.Entry.EntityKey);
        Field<StringGraphType>("before").Description("The values before, as a JSON object; null for a create.").Resolve(c => c.Source.Entry.Before);
        Field<StringGraphType>("after").Description("The values after, as a JSON object; null for a delete.").Resolve(c => c.Source.Entry.After);
        Field<CalendarDateGraphType>("recordFrom").Description("The record's own day; for an import, its first record's day. Null for records without a day.")
            .Resolve(c => c.Source.Entry.RecordFrom);
        Field<CalendarDateGraphType>("recordTo").Description("The record's own day; for an import, its last record's day.").Resolve(c => c.Source.Entry.RecordTo);
    }
}

internal sealed class AuditPageType() : PageGraphType<AuditRecord, AuditEntryType>("AuditPage");
