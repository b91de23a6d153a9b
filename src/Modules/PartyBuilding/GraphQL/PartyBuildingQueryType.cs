using GraphQL.Types;

namespace Modular.Modules.PartyBuilding.GraphQL;

/// <summary>The fields under <c>party { ... }</c>.</summary>
internal sealed class PartyBuildingQueryType : ObjectGraphType
{
    public PartyBuildingQueryType()
    {
        Name = "PartyBuildingQuery";
        Description = "Tham gia xây dựng Đảng, giám sát và phản biện xã hội";
        Field<NonNullGraphType<StringGraphType>>("moduleName").Description("The module's name in Vietnamese.").Resolve(_ => "Tham gia xây dựng Đảng, giám sát và phản biện xã hội");
    }
}
