using GraphQL.Types;

namespace Modular.Modules.Economy.GraphQL;

/// <summary>The fields under <c>economy { ... }</c>.</summary>
internal sealed class EconomyQueryType : ObjectGraphType
{
    public EconomyQueryType()
    {
        Name = "EconomyQuery";
        Description = "Hỗ trợ phụ nữ phát triển kinh tế (Đề án 939)";
        Field<NonNullGraphType<StringGraphType>>("moduleName").Description("The module's name in Vietnamese.").Resolve(_ => "Hỗ trợ phụ nữ phát triển kinh tế (Đề án 939)");
    }
}
