using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Modular.Shared.Demo;
using Modular.Shared.GraphQL;
using Modular.Shared.Indicators;
using Modular.Shared.Records;
using Modular.Shared.Storage;

namespace Modular.Shared.Modularity;

/// <summary>
/// Base of a module that keeps records, registering what every such module has in the same way: its store and the
/// record service over it, its FluentValidation validators, its query and mutation types under its namespace field,
/// its indicators and its demo data. A module adds what is its own alone in <see cref="AddOwnServices"/>.
/// </summary>
/// <typeparam name="TContext">The module's store.</typeparam>
/// <typeparam name="TSqlite">The store on SQLite, which owns its migrations.</typeparam>
/// <typeparam name="TPostgres">The store on PostgreSQL, which owns its migrations.</typeparam>
/// <typeparam name="TQuery">The fields under the module's namespace field in Query.</typeparam>
/// <typeparam name="TMutation">The fields under the module's namespace field in Mutation.</typeparam>
/// <typeparam name="TIndicators">What the module measures from its records.</typeparam>
/// <typeparam name="TDemo">The module's writer of plausible records.</typeparam>
public abstract class RecordModule<TContext, TSqlite, TPostgres, TQuery, TMutation, TIndicators, TDemo>(string key, string name, string englishName) : IModule
    where TContext : StoreDbContext
    where TSqlite : TContext
    where TPostgres : TContext
    where TQuery : RecordQueryType<TContext>
    where TMutation : RecordMutationType<TContext>
    where TIndicators : class, IIndicatorProvider
    where TDemo : class, IDemoDataGenerator
{
    public string Key => key;

    public string Name => name;

    public string EnglishName => englishName;

    public virtual IReadOnlyList<string> DependsOn => [];

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        services.AddRecordStore<TContext, TSqlite, TPostgres>(Key, context.Storage);
        services.AddValidatorsFromAssembly(GetType().Assembly, includeInternalTypes: true);
        services.AddSingleton(new ModuleSchema(Key, typeof(TQuery), typeof(TMutation)));
        services.AddSingleton<TIndicators>();
        services.AddSingleton<IIndicatorProvider>(sp => sp.GetRequiredService<TIndicators>());
        services.AddScoped<IDemoDataGenerator, TDemo>();
        AddOwnServices(services, context);
    }

    /// <summary>Services of the module's own beyond what every record module has (a register, a calculator).</summary>
    protected virtual void AddOwnServices(IServiceCollection services, ModuleContext context)
    {
    }
}
