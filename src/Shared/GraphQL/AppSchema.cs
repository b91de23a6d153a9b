using GraphQL.Types;

namespace Modular.Shared.GraphQL;

/// <summary>The one schema: the shared contract and every installed module's namespace.</summary>
public sealed class AppSchema : Schema
{
    public AppSchema(IServiceProvider services, QueryType query, MutationType mutation)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
        Description = "Hội LHPN tỉnh Khánh Hòa: kế hoạch, chỉ tiêu và tiến độ.";
        this.RegisterTypeMapping(typeof(DateOnly), typeof(CalendarDateGraphType));
    }
}
