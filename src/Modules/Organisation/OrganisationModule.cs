using Microsoft.Extensions.DependencyInjection;

namespace Modular.Modules.Organisation;

/// <summary>The Organisation & IT module: the member register, the union's activities and models, cadres, communication and IT.</summary>
internal sealed class OrganisationModule() : RecordModule<OrganisationDbContext, OrganisationSqliteDbContext, OrganisationPostgresDbContext, OrganisationQueryType, OrganisationMutationType, OrganisationIndicators, OrganisationDemoData>(
    ModuleKey, "Xây dựng tổ chức Hội và ứng dụng công nghệ thông tin", "Organisation & IT")
{
    public const string ModuleKey = "organisation";

    protected override void AddOwnServices(IServiceCollection services, ModuleContext context) => services.AddScoped<MemberRegister>();
}
