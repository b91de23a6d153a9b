using Modular.Web.Api;

namespace Modular.Web.Records;

/// <summary>A kind of record of a module: its list, single read and writes, as the schema names them.</summary>
public sealed record RecordKind(
    string ModuleKey,
    string Slug,
    string Title,
    FieldInfo List,
    TypeInfo Item,
    FieldInfo? Single,
    FieldInfo? Create,
    TypeInfo? CreateInput,
    FieldInfo? Update,
    TypeInfo? UpdateInput,
    FieldInfo? Delete);

/// <summary>A module's records.</summary>
public sealed record RecordModule(string Key, string Name, string QueryField, IReadOnlyList<RecordKind> Kinds);

/// <summary>What the record pages know of the schema, read once by introspection.</summary>
public sealed record RecordSchema(IReadOnlyList<RecordModule> Modules, IReadOnlyDictionary<string, TypeInfo> Types)
{
    public RecordKind? Find(string module, string slug) =>
        Modules.FirstOrDefault(m => m.Key == module)?.Kinds.FirstOrDefault(k => k.Slug == slug);

    public TypeInfo? Type(string name) => Types.GetValueOrDefault(name);
}

/// <summary>
/// Finds every module's records by introspecting the schema, the way any front end may, so the record pages follow
/// the schema's shape without naming a module's types: a list field answering a page of items, the single read by
/// <c>id</c> answering the same item type, and <c>create…</c>, <c>update…</c>, <c>delete…</c> mutations for it.
/// The schema does not change while the server runs, so it is read once.
/// </summary>
public sealed class RecordCatalog(GraphQLApi api)
{
    private const string TypeFragment = "fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }";
    private const string TypeSelection = "kind name description fields { name description type { ...T } args { name description defaultValue type { ...T } } } inputFields { name description defaultValue type { ...T } } enumValues { name description }";

    private readonly Lock _gate = new();
    private Task<RecordSchema>? _schema;

    public Task<RecordSchema> GetAsync()
    {
        lock (_gate)
        {
            if (_schema is null || _schema.IsFaulted || _schema.IsCanceled)
            {
                _schema = LoadAsync();
            }

            return _schema;
        }
    }

    private async Task<RecordSchema> LoadAsync()
    {
        var roots = await api.SendAsync($$"""
            { modules { key name }
              query: __type(name: "Query") { {{TypeSelection}} }
              mutation: __type(name: "Mutation") { {{TypeSelection}} } }
            {{TypeFragment}}
            """);
        if (!roots.Ok)
        {
            throw new InvalidOperationException("Introspection failed: " + roots.Errors[0].Message);
        }

        var modules = roots.Get<List<ModuleInfo>>("modules")!;
        var query = roots.Get<TypeInfo>("query")!;
        var mutation = roots.Get<TypeInfo>("mutation");
        var types = new Dictionary<string, TypeInfo>(StringComparer.Ordinal) { [query.Name] = query };
        if (mutation is not null)
        {
            types[mutation.Name] = mutation;
        }

        // Read every type the modules' fields reach, a few per document, until none is missing.
        var wanted = modules.SelectMany(m => new[] { query.Field(m.Key), mutation?.Field(m.Key) }).OfType<FieldInfo>().Select(f => f.Type.Named.Name!).ToList();
        for (var round = 0; round < 8 && wanted.Count > 0; round++)
        {
            foreach (var batch in wanted.Chunk(8))
            {
                var aliases = string.Join(" ", batch.Select((name, i) => $"t{i}: __type(name: \"{name}\") {{ {TypeSelection} }}"));
                var result = await api.SendAsync($"{{ {aliases} }} {TypeFragment}");
                for (var i = 0; i < batch.Length; i++)
                {
                    if (result.Get<TypeInfo>($"t{i}") is { } type)
                    {
                        types[type.Name] = type;
                    }
                }
            }

            wanted = types.Values.SelectMany(References).Distinct().Where(n => !types.ContainsKey(n)).ToList();
        }

        return new RecordSchema(modules.Select(m => Module(m, query, mutation, types)).Where(m => m.Kinds.Count > 0).ToList(), types);
    }

    private static IEnumerable<string> References(TypeInfo type) =>
        (type.Fields ?? []).SelectMany(f => (f.Args ?? []).Append(f)).Concat(type.InputFields ?? [])
            .Select(f => f.Type.Named)
            .Where(t => t.Kind is "OBJECT" or "INPUT_OBJECT" or "ENUM" && !t.Name!.StartsWith("__", StringComparison.Ordinal))
            .Select(t => t.Name!);

    private static RecordModule Module(ModuleInfo module, TypeInfo query, TypeInfo? mutation, Dictionary<string, TypeInfo> types)
    {
        var reads = query.Field(module.Key) is { } q ? types.GetValueOrDefault(q.Type.Named.Name!) : null;
        var writes = mutation?.Field(module.Key) is { } m ? types.GetValueOrDefault(m.Type.Named.Name!) : null;
        var kinds = new List<RecordKind>();
        foreach (var list in reads?.Fields ?? [])
        {
            if (types.GetValueOrDefault(list.Type.Named.Name!) is not { } page || page.Field("items") is not { } items
                || page.Field("totalCount") is null || types.GetValueOrDefault(items.Type.Named.Name!) is not { } item)
            {
                continue;
            }

            var single = reads!.Fields!.FirstOrDefault(f => f.Type.Named.Name == item.Name && !f.Type.IsList && HasArg(f, "id"));
            var create = writes?.Fields?.FirstOrDefault(f => f.Name.StartsWith("create", StringComparison.Ordinal) && f.Type.Named.Name == item.Name && HasArg(f, "input"));
            var update = writes?.Fields?.FirstOrDefault(f => f.Name.StartsWith("update", StringComparison.Ordinal) && f.Type.Named.Name == item.Name && HasArg(f, "id") && HasArg(f, "input"));
            var delete = create is null ? null : writes!.Fields!.FirstOrDefault(f => f.Name == "delete" + create.Name["create".Length..] && HasArg(f, "id"));
            kinds.Add(new RecordKind(
                module.Key,
                list.Name,
                Labels.RecordTitle(module.Key, list.Name, item.Description),
                list,
                item,
                single,
                create,
                create is null ? null : InputOf(create, types),
                update,
                update is null ? null : InputOf(update, types),
                delete));
        }

        return new RecordModule(module.Key, module.Name, module.Key, kinds);
    }

    private static bool HasArg(FieldInfo field, string name) => field.Args?.Any(a => a.Name == name) == true;

    private static TypeInfo? InputOf(FieldInfo field, Dictionary<string, TypeInfo> types) =>
        types.GetValueOrDefault(field.Args!.First(a => a.Name == "input").Type.Named.Name!);
}
