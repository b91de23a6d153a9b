using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Host.Tests;

public sealed class ModulesQueryTests : IDisposable
{
    private readonly ProductFactory _factory = new();

    [Fact]
    public async Task Modules_lists_every_installed_module_with_its_Vietnamese_name()
    {
        var data = await _factory.ClientFor("56", Role.Viewer).DataAsync("{ modules { key name } }");

        var keys = data["modules"]!.AsArray().Select(m => m!["key"]!.GetValue<string>()).Order().ToList();
        Assert.Equal(ProductModules.Keys, keys);
        Assert.Contains(data["modules"]!.AsArray(), m => m!["name"]!.GetValue<string>() == "Gia đình và trẻ em");
    }

    public void Dispose() => _factory.Dispose();
}
