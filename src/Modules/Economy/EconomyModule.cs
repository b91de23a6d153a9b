using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Modular.Modules.Economy.Data;
using Modular.Modules.Economy.Demo;
using Modular.Modules.Economy.GraphQL;
using Modular.Modules.Economy.Indicators;
using Modular.Shared.Demo;
using Modular.Shared.GraphQL;
using Modular.Shared.Indicators;
using Modular.Shared.Modularity;
using Modular.Shared.Records;

namespace Modular.Modules.Economy;

/// <summary>The Economic Empowerment (Project 939) module.</summary>
public sealed class EconomyModule : IModule
{
    public const string ModuleKey = "economy";

    public string Key => ModuleKey;

    public string Name => "Hỗ trợ phụ nữ phát triển kinh tế (Đề án 939)";

    public string EnglishName => "Economic Empowerment (Project 939)";

    public IReadOnlyList<string> DependsOn => [];

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        services.AddRecordStore<EconomyDbContext, EconomySqliteDbContext, EconomyPostgresDbContext>(ModuleKey, context.Storage);
        services.AddScoped<IDemoDataGenerator, EconomyDemoData>();
        services.AddSingleton<EconomyIndicators>();
        services.AddSingleton<IIndicatorProvider>(sp => sp.GetRequiredService<EconomyIndicators>());
        services.AddValidatorsFromAssemblyContaining<EconomyModule>(includeInternalTypes: true);
        services.AddSingleton(new ModuleSchema(ModuleKey, typeof(EconomyQueryType), typeof(EconomyMutationType)));
    }
}
