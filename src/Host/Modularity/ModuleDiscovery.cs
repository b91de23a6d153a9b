using Microsoft.Extensions.DependencyInjection;
using Modular.Shared.Modularity;

namespace Modular.Host.Modularity;

/// <summary>Finds the module descriptors shipped beside the host by scanning assemblies; there is no list of modules.</summary>
internal static class ModuleDiscovery
{
    public const string AssemblyPrefix = "Modular.Modules.";

    public static IReadOnlyList<IModule> Discover()
    {
        var scan = new ServiceCollection();
        scan.Scan(s => s
            .FromApplicationDependencies(a => a.GetName().Name?.StartsWith(AssemblyPrefix, StringComparison.Ordinal) == true)
            .AddClasses(c => c.AssignableTo<IModule>(), publicOnly: false)
            .As<IModule>()
            .WithSingletonLifetime());
        using var provider = scan.BuildServiceProvider();
        return provider.GetServices<IModule>().ToList();
    }

    /// <summary>Keys listed in <c>Modules:Disabled</c> (comma-separated): left out of this deployment.</summary>
    public static IReadOnlyCollection<string> DisabledKeys(IConfiguration configuration) =>
        (configuration["Modules:Disabled"] ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToHashSet(StringComparer.Ordinal);
}
