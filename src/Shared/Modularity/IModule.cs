using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Modular.Shared.Storage;

namespace Modular.Shared.Modularity;

/// <summary>A plugin module: one key task of the plan, with its own store, indicators and GraphQL fields.</summary>
public interface IModule
{
    /// <summary>Stable key used in configuration, GraphQL, storage and targets ("economy").</summary>
    string Key { get; }

    /// <summary>Vietnamese name shown to users.</summary>
    string Name { get; }

    /// <summary>English name, for documentation and logs.</summary>
    string EnglishName { get; }

    /// <summary>Keys of the modules this one needs installed.</summary>
    IReadOnlyList<string> DependsOn { get; }

    /// <summary>Registers the module's store, indicators, GraphQL contribution and services.</summary>
    void AddServices(IServiceCollection services, ModuleContext context);
}

/// <summary>What the host hands a module when it registers its services.</summary>
public sealed record ModuleContext(IConfiguration Configuration, StorageOptions Storage);
