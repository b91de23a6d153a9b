using GraphQL.Types;

namespace Modular.Shared.GraphQL;

/// <summary>The one schema: the shared contract and every installed module's namespace.</summary>
public sealed class AppSchema : Schema
{
    public AppSchema(IServiceProvider services, QueryType query, MutationType mutation, IEnumerable<ModuleSchema> modules)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
        Description = "Hội LHPN tỉnh Khánh Hòa: kế hoạch, chỉ tiêu và tiến độ.";
        this.RegisterTypeMapping(typeof(DateOnly), typeof(CalendarDateGraphType));

        // Record types' fields are registered from their properties: each enum property gets its module's named enum
        // type. A type made for one enum (EnumerationGraphType<T>) wins over one that lists some of its values by hand.
        var enumTypes = modules.SelectMany(m => m.QueryType.Assembly.GetTypes())
            .Where(t => !t.IsAbstract && t.IsSubclassOf(typeof(EnumerationGraphType)) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (GraphType: t, Enum: EnumOf(t)))
            .Where(e => e.Enum is not null)
            .OrderBy(e => IsMadeForOneEnum(e.GraphType) ? 0 : 1);
        var mapped = new HashSet<Type>();
        foreach (var (graphType, clrType) in enumTypes)
        {
            if (mapped.Add(clrType!))
            {
                this.RegisterTypeMapping(clrType!, graphType);
            }
        }
    }

    private static bool IsMadeForOneEnum(Type graphType)
    {
        for (var type = graphType.BaseType; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EnumerationGraphType<>))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The CLR enum whose values the enum graph type lists.</summary>
    private static Type? EnumOf(Type graphType) =>
        ((EnumerationGraphType)Activator.CreateInstance(graphType)!).Values.Select(v => v.Value?.GetType()).FirstOrDefault(t => t is { IsEnum: true });
}
