using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Modular.Modules.Family.Data;
using Modular.Modules.Family.Demo;
using Modular.Modules.Family.GraphQL;
using Modular.Modules.Family.Indicators;
using Modular.Shared.Demo;
using Modular.Shared.GraphQL;
using Modular.Shared.Indicators;
using Modular.Shared.Modularity;
using Modular.Shared.Records;

namespace Modular.Modules.Family;

/// <summary>The Family & Children module.</summary>
public sealed class FamilyModule : IModule
{
    public const string ModuleKey = "family";

    public string Key => ModuleKey;

    public string Name => "Gia đình và trẻ em";

    public string EnglishName => "Family & Children";

    public IReadOnlyList<string> DependsOn => [];

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        services.AddRecordStore<FamilyDbContext, FamilySqliteDbContext, FamilyPostgresDbContext>(ModuleKey, context.Storage);
        services.AddSingleton(new ModuleSchema(ModuleKey, typeof(FamilyQueryType), typeof(FamilyMutationType)));
        services.AddSingleton<IIndicatorProvider, FamilyIndicators>();
        services.AddScoped<IDemoDataGenerator, FamilyDemoData>();
        services.AddValidatorsFromAssemblyContaining<FamilyModule>(includeInternalTypes: true);
    }
}
