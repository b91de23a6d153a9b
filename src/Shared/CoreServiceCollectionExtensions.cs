using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Modular.Shared.Access;
using Modular.Shared.Accounts;
using Modular.Shared.Audit;
using Modular.Shared.Data;
using Modular.Shared.GraphQL;
using Modular.Shared.Indicators;
using Modular.Shared.Plans;
using Modular.Shared.Progress;
using Modular.Shared.Records;
using Modular.Shared.Reporting;
using Modular.Shared.Storage;
using Modular.Shared.Transfer;
using Modular.Shared.Units;

namespace Modular.Shared;

/// <summary>Registers the shared core: its store, the unit tree, access checks, indicators and the progress engine.</summary>
public static class CoreServiceCollectionExtensions
{
    public static IServiceCollection AddCore(this IServiceCollection services, StorageOptions storage)
    {
        services.AddStore<CoreDbContext, CoreSqliteDbContext, CorePostgresDbContext>(CoreStore.Key, storage, order: 0);
        services.AddSingleton<ModuleTargets>();
        services.AddSingleton<IStoreInitializer, CoreSeeder>();
        services.AddSingleton<IStoreInitializer, ReportingPeriodSeeder>();
        services.AddSingleton<UnitSnapshots>();
        services.AddScoped<UnitDirectory>();
        services.AddScoped<UnitAccess>();
        services.AddScoped<AdminGuard>();
        services.AddScoped<UnitCommands>();
        services.AddScoped<SwitchCommands>();
        services.AddScoped<PlanCommands>();
        services.AddScoped<ReportedValueCommands>();
        services.AddScoped<ReorganisationCommands>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<AccountCommands>();
        services.AddScoped<ProgressEngine>();
        services.AddScoped<PeriodLocks>();
        services.AddScoped<IRecordWriteRule, PeriodLockRule>();
        services.AddScoped<ReportFigures>();
        services.AddScoped<ReportingCommands>();
        services.AddScoped<ReportingRates>();
        services.AddSingleton<IndicatorRegistry>();
        services.AddSingleton<ProgressCache>();
        services.AddTransient(typeof(RecordPageGraphType<,>));
        services.AddOptions<SheetLimits>();
        services.TryAddSingleton<ISheetLabels, SchemaSheetLabels>();
        services.AddSingleton<RecordFileCatalog>();
        services.AddScoped<RecordFiles>();
        services.AddScoped<ReportFiles>();
        return services;
    }
}
