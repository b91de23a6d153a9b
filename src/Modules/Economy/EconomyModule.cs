using Microsoft.Extensions.DependencyInjection;
using Modular.Modules.Economy.Data;
using Modular.Modules.Economy.GraphQL;
using Modular.Shared.GraphQL;
using Modular.Shared.Modularity;
using Modular.Shared.Storage;

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
        services.AddStore<EconomyDbContext, EconomySqliteDbContext, EconomyPostgresDbContext>(ModuleKey, context.Storage);
        services.AddSingleton(new ModuleSchema(ModuleKey, typeof(EconomyQueryType)));
    }
}
