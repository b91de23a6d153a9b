using GraphQL.Types;

namespace Modular.Modules.Family.GraphQL;

/// <summary>The fields under <c>family { ... }</c>.</summary>
internal sealed class FamilyQueryType : ObjectGraphType
{
    public FamilyQueryType()
    {
        Name = "FamilyQuery";
        Description = "Gia đình và trẻ em";
        Field<NonNullGraphType<StringGraphType>>("moduleName").Description("The module's name in Vietnamese.").Resolve(_ => "Gia đình và trẻ em");
    }
}
