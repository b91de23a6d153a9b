using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Modular.Modules.PartyBuilding.Data;
using Modular.Modules.PartyBuilding.Demo;
using Modular.Modules.PartyBuilding.GraphQL;
using Modular.Modules.PartyBuilding.Indicators;
using Modular.Shared.Demo;
using Modular.Shared.GraphQL;
using Modular.Shared.Indicators;
using Modular.Shared.Modularity;
using Modular.Shared.Records;

namespace Modular.Modules.PartyBuilding;

/// <summary>The Party Building & Supervision module (plan section II.4.2).</summary>
public sealed class PartyBuildingModule : IModule
{
    public const string ModuleKey = "party";

    public string Key => ModuleKey;

    public string Name => "Tham gia xây dựng Đảng, giám sát và phản biện xã hội";

    public string EnglishName => "Party Building & Supervision";

    public IReadOnlyList<string> DependsOn => [];

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        services.AddRecordStore<PartyBuildingDbContext, PartyBuildingSqliteDbContext, PartyBuildingPostgresDbContext>(ModuleKey, context.Storage);
        services.AddSingleton(new ModuleSchema(ModuleKey, typeof(PartyBuildingQueryType), typeof(PartyBuildingMutationType)));
        services.AddSingleton<IIndicatorProvider, PartyBuildingIndicators>();
        services.AddScoped<IDemoDataGenerator, PartyBuildingDemoData>();
        services.AddValidatorsFromAssemblyContaining<PartyBuildingModule>(includeInternalTypes: true);
    }
}
