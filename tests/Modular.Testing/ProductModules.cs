using Modular.Host.Modularity;

namespace Modular.Testing;

/// <summary>The modules shipped beside the host, found as the host finds them, so tests hold for every module there is.</summary>
public static class ProductModules
{
    /// <summary>The modules' keys, in order.</summary>
    public static IReadOnlyList<string> Keys { get; } = ModuleDiscovery.Discover().Select(m => m.Key).Order(StringComparer.Ordinal).ToList();

    /// <summary>Every store: the core's and one per module, in order.</summary>
    public static IReadOnlyList<string> Stores { get; } = ["core", .. Keys];
}
