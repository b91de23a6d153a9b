using GraphQL.Types;

namespace Modular.Modules.Organisation.GraphQL;

/// <summary>The fields under <c>organisation { ... }</c>.</summary>
internal sealed class OrganisationQueryType : ObjectGraphType
{
    public OrganisationQueryType()
    {
        Name = "OrganisationQuery";
        Description = "Xây dựng tổ chức Hội và ứng dụng công nghệ thông tin";
        Field<NonNullGraphType<StringGraphType>>("moduleName").Description("The module's name in Vietnamese.").Resolve(_ => "Xây dựng tổ chức Hội và ứng dụng công nghệ thông tin");
    }
}
