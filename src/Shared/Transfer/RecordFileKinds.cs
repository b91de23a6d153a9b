using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modular.Shared.GraphQL;
using Modular.Shared.Records;
using Modular.Shared.Storage;

namespace Modular.Shared.Transfer;

/// <summary>
/// The typed half of a kind of record's files, attached to the kind's list and create fields by
/// <see cref="RecordQueryType{TContext}"/> and <see cref="RecordMutationType{TContext}"/>: a module registers nothing
/// more for its records to have templates, imports and exports.
/// </summary>
internal static class RecordFileMetadata
{
    public const string Reader = "Modular.Transfer.Reader";

    public const string Writer = "Modular.Transfer.Writer";
}

/// <summary>
/// Gives a list field and a create field the files of their kind. The record service's fields carry them already; a
/// kind written outside it (the member register) attaches its own reader and writer the same way.
/// </summary>
public static class RecordFileFields
{
    /// <summary>The list's export: the reader streams what the list with the same filters shows.</summary>
    public static FieldBuilder<TSource, TReturn> ExportedBy<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, IRecordReader reader) =>
        field.WithMetadata(RecordFileMetadata.Reader, reader);

    /// <summary>The kind's template and import: the create field's input gives the columns, the writer the bulk path.</summary>
    public static FieldBuilder<TSource, TReturn> ImportedBy<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, IRecordWriter writer) =>
        field.WithMetadata(RecordFileMetadata.Writer, writer);

    /// <summary>Adds an imported file's own audit entry in the kind's store (<see cref="IRecordWriter.RecordFileAsync"/>).</summary>
    public static async Task RecordFileAsync<TContext>(IServiceProvider services, FileAudit audit, CancellationToken cancellationToken)
        where TContext : StoreDbContext
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContextAsync(cancellationToken);
        db.RecordFileImport(audit);
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>What an export of a kind asks for: the list's filters.</summary>
public sealed record RecordFilter(string? UnitCode, DateOnly? From, DateOnly? To, string? Search);

/// <summary>How a kind's export reads its records.</summary>
public interface IRecordReader
{
    Type RecordType { get; }

    /// <summary>Hands <paramref name="write"/> the records a list with the filter would show, on a thread of its own, as the store streams them.</summary>
    Task ReadAllAsync(IServiceProvider services, RecordFilter filter, Action<IEnumerable<IUnitOwned>> write, CancellationToken cancellationToken);
}

/// <summary>How a kind's import writes its rows: the kind's bulk path, with the checks of its GraphQL create.</summary>
public interface IRecordWriter
{
    Type RecordType { get; }

    Task<ImportSummary> ImportAsync(IServiceProvider services, IReadOnlyList<object> inputs, RecordImport import, CancellationToken cancellationToken);

    /// <summary>Adds the import's own audit entry (the file, its SHA-256, the counts) in the kind's store.</summary>
    Task RecordFileAsync(IServiceProvider services, FileAudit audit, CancellationToken cancellationToken);
}

/// <summary>The audit entry of one imported file.</summary>
public sealed record FileAudit(string Entity, int? UnitId, string File, string Sha256, int Rows, int Created, int Updated, int Unchanged, int Refused);

internal sealed class RecordReader<TContext, TRecord> : IRecordReader
    where TContext : StoreDbContext
    where TRecord : UnitRecord, IRecordKind<TRecord>
{
    public Type RecordType => typeof(TRecord);

    public Task ReadAllAsync(IServiceProvider services, RecordFilter filter, Action<IEnumerable<IUnitOwned>> write, CancellationToken cancellationToken) =>
        services.GetRequiredService<RecordService<TContext>>().ReadAllAsync<TRecord, bool>(
            new RecordQuery<TRecord>(filter.UnitCode, filter.From, filter.To, filter.Search, new PageRequest(0, 1)),
            (records, token) => Task.Run(
                () =>
                {
                    write(records.AsEnumerable());
                    return true;
                },
                token),
            cancellationToken);
}

internal sealed class RecordWriter<TContext, TRecord, TInput> : IRecordWriter
    where TContext : StoreDbContext
    where TRecord : UnitRecord, IRecordKind<TRecord>, new()
    where TInput : class, IRecordInput<TRecord>
{
    public Type RecordType => typeof(TRecord);

    public Task<ImportSummary> ImportAsync(IServiceProvider services, IReadOnlyList<object> inputs, RecordImport import, CancellationToken cancellationToken) =>
        services.GetRequiredService<RecordService<TContext>>().ImportAsync<TRecord, TInput>(inputs.Cast<TInput>().ToList(), import, cancellationToken);

    public Task RecordFileAsync(IServiceProvider services, FileAudit audit, CancellationToken cancellationToken) =>
        RecordFileFields.RecordFileAsync<TContext>(services, audit, cancellationToken);
}

/// <summary>A kind of record as its files see it: where it is, its name, the columns of its template and its export.</summary>
public sealed class RecordFileKind
{
    internal RecordFileKind(string moduleKey, string slug, string title, IObjectGraphType item, IInputObjectGraphType? input, IRecordReader reader, IRecordWriter? writer, ISheetLabels labels)
    {
        ModuleKey = moduleKey;
        Slug = slug;
        Title = title;
        Item = item;
        Input = input;
        Reader = reader;
        Writer = writer;
        ImportColumns = input is null ? [] : input.Fields.Select(f => Column(input.Name, f, labels)).OfType<SheetColumn>().ToList();
        ExportFields = item.Fields.Where(f => f.Name != "unit" && Kind(f.ResolvedType!) is not null).ToList();
        ExportColumns = [.. item.Fields.SelectMany(f => f.Name == "unit"
            ? new[] { new SheetColumn("unitCode", "Mã đơn vị", ColumnKind.Text), new SheetColumn("unitName", "Tên đơn vị", ColumnKind.Text) }
            : Column(item.Name, f, labels) is { } column ? [column] : [])];
    }

    /// <summary>The module's key: <c>economy</c>.</summary>
    public string ModuleKey { get; }

    /// <summary>The kind's list field in the module's namespace: <c>households</c>.</summary>
    public string Slug { get; }

    /// <summary>The list's Vietnamese title.</summary>
    public string Title { get; }

    /// <summary>What a template holds and an import reads: the fields of the kind's create input.</summary>
    public IReadOnlyList<SheetColumn> ImportColumns { get; }

    /// <summary>What an export holds: the record's fields as the API answers them, its unit by code and name.</summary>
    public IReadOnlyList<SheetColumn> ExportColumns { get; }

    public bool CanImport => Writer is not null && Input is not null;

    internal IObjectGraphType Item { get; }

    internal IInputObjectGraphType? Input { get; }

    internal IRecordReader Reader { get; }

    internal IRecordWriter? Writer { get; }

    internal IReadOnlyList<FieldType> ExportFields { get; }

    /// <summary>The column for a field, or null for a field no cell can hold (a nested object, a history).</summary>
    private static SheetColumn? Column(string typeName, FieldType field, ISheetLabels labels)
    {
        if (Kind(field.ResolvedType!) is not { } kind)
        {
            return null;
        }

        var heading = field.Name == "unitCode" ? "Mã đơn vị" : field.Name == "id" ? "Mã số" : labels.Field(typeName, field.Name, field.Description);
        var choices = field.ResolvedType!.GetNamedType() is EnumerationGraphType values
            ? values.Values.Select(v => new SheetChoice(labels.Value(values.Name, v.Name, v.Description), v.Name, v.Value!)).ToList()
            : null;
        return new SheetColumn(field.Name, heading, field.Name == "unitCode" ? ColumnKind.Unit : kind, field.ResolvedType is NonNullGraphType, Choices: choices);
    }

    internal static ColumnKind? Kind(IGraphType type)
    {
        var inner = type is NonNullGraphType nonNull ? nonNull.ResolvedType! : type;
        var list = inner is ListGraphType;
        return inner.GetNamedType() switch
        {
            EnumerationGraphType => list ? ColumnKind.Choices : ColumnKind.Choice,
            _ when list => null,
            DateOnlyGraphType => ColumnKind.Date,
            IntGraphType or LongGraphType => ColumnKind.Whole,
            FloatGraphType or DecimalGraphType => ColumnKind.Number,
            BooleanGraphType => ColumnKind.YesNo,
            StringGraphType or IdGraphType => ColumnKind.Text,
            _ => null,
        };
    }
}

/// <summary>Every kind of record of the installed modules, found on the schema's fields, read once.</summary>
public sealed class RecordFileCatalog(ISchema schema, ISheetLabels labels)
{
    private readonly Lazy<IReadOnlyList<RecordFileKind>> _kinds = new(() => Find(schema, labels));

    public IReadOnlyList<RecordFileKind> Kinds => _kinds.Value;

    /// <summary>The kind at <c>module/slug</c>; NOT_FOUND otherwise.</summary>
    public RecordFileKind Require(string moduleKey, string slug) =>
        Kinds.FirstOrDefault(k => k.ModuleKey == moduleKey && k.Slug == slug)
        ?? throw new DomainException(ErrorCodes.NotFound, $"Không có loại hồ sơ \"{moduleKey}/{slug}\".", "kind");

    private static List<RecordFileKind> Find(ISchema schema, ISheetLabels labels)
    {
        schema.Initialize();
        var kinds = new List<RecordFileKind>();
        foreach (var module in schema.Query.Fields)
        {
            if (module.ResolvedType?.GetNamedType() is not IObjectGraphType reads)
            {
                continue;
            }

            var writes = schema.Mutation?.GetField(module.Name)?.ResolvedType?.GetNamedType() as IObjectGraphType;
            foreach (var list in reads.Fields.Where(f => f.HasMetadata(RecordFileMetadata.Reader)))
            {
                var reader = list.GetMetadata<IRecordReader>(RecordFileMetadata.Reader)!;
                var page = (IObjectGraphType)list.ResolvedType!.GetNamedType();
                var item = (IObjectGraphType)page.GetField("items")!.ResolvedType!.GetNamedType();
                var create = writes?.Fields.FirstOrDefault(f => f.GetMetadata<IRecordWriter>(RecordFileMetadata.Writer)?.RecordType == reader.RecordType);
                var input = create?.Arguments?.Find("input")?.ResolvedType?.GetNamedType() as IInputObjectGraphType;
                kinds.Add(new RecordFileKind(
                    module.Name, list.Name, labels.Title(module.Name, list.Name, item.Description), item, input, reader,
                    create?.GetMetadata<IRecordWriter>(RecordFileMetadata.Writer), labels));
            }
        }

        return kinds;
    }
}
