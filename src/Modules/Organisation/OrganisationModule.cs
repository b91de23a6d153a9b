using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Modular.Modules.Organisation.Data;
using Modular.Modules.Organisation.Demo;
using Modular.Modules.Organisation.GraphQL;
using Modular.Modules.Organisation.Indicators;
using Modular.Shared.Demo;
using Modular.Shared.GraphQL;
using Modular.Shared.Indicators;
using Modular.Shared.Modularity;
using Modular.Shared.Records;

namespace Modular.Modules.Organisation;

/// <summary>The Organisation & IT module: the member register, the union's activities and models, cadres, communication and IT.</summary>
public sealed class OrganisationModule : IModule
{
    public const string ModuleKey = "organisation";

    public string Key => ModuleKey;

    public string Name => "Xây dựng tổ chức Hội và ứng dụng công nghệ thông tin";

    public string EnglishName => "Organisation & IT";

    public IReadOnlyList<string> DependsOn => [];

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        services.AddRecordStore<OrganisationDbContext, OrganisationSqliteDbContext, OrganisationPostgresDbContext>(ModuleKey, context.Storage);
        services.AddSingleton(new ModuleSchema(ModuleKey, typeof(OrganisationQueryType), typeof(OrganisationMutationType)));
        services.AddScoped<MemberRegister>();
        services.AddSingleton<IIndicatorProvider, OrganisationIndicators>();
        services.AddScoped<IDemoDataGenerator, OrganisationDemoData>();
        services.AddValidatorsFromAssemblyContaining<OrganisationModule>(includeInternalTypes: true);
    }
}
