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

        // Record types' fields are registered from their properties: each enum property gets its module's named enum type.
        foreach (var enumType in modules.SelectMany(m => m.QueryType.Assembly.GetTypes()).Where(t => !t.IsAbstract && EnumOf(t) is not null))
        {
            this.RegisterTypeMapping(EnumOf(enumType)!, enumType);
        }
    }

    private static Type? EnumOf(Type graphType)
    {
        for (var type = graphType.BaseType; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EnumerationGraphType<>))
            {
                return type.GetGenericArguments()[0];
            }
        }

        return null;
    }
}
