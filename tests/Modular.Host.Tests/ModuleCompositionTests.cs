using Microsoft.Extensions.DependencyInjection;
using Modular.Shared.Access;
using Modular.Shared.Modularity;
using Modular.Testing;

namespace Modular.Host.Tests;

public sealed class ModuleCompositionTests
{
    [Fact]
    public async Task A_module_left_out_by_configuration_is_gone_from_the_schema_and_the_data_folder_and_the_rest_works()
    {
        using var factory = new ProductFactory(new Dictionary<string, string?> { ["Modules:Disabled"] = "party" });
        var client = factory.ClientFor("56", Role.Admin);

        var data = await client.DataAsync("""{ modules { key } __schema { queryType { fields { name } } } plan(code: "223/KH-BTV") { progress(unitCode: "56", moduleKey: "party") { available note } } }""");
        Assert.DoesNotContain(data["modules"]!.AsArray(), m => m!["key"]!.GetValue<string>() == "party");
        Assert.DoesNotContain(data["__schema"]!["queryType"]!["fields"]!.AsArray(), f => f!["name"]!.GetValue<string>() == "party");
        Assert.Contains(data["__schema"]!["queryType"]!["fields"]!.AsArray(), f => f!["name"]!.GetValue<string>() == "economy");
        Assert.False(File.Exists(Path.Combine(factory.DataDirectory, "party.db")));
        Assert.True(File.Exists(Path.Combine(factory.DataDirectory, "economy.db")));

        // Its targets say why they have no figures instead of failing.
        var progress = data["plan"]!["progress"]!.AsArray();
        Assert.NotEmpty(progress);
        Assert.All(progress, p => Assert.False(p!["available"]!.GetValue<bool>()));
        Assert.All(progress, p => Assert.Contains("party", p!["note"]!.GetValue<string>(), StringComparison.Ordinal));
    }

    [Fact]
    public void The_host_finds_a_module_for_every_module_project_by_scanning()
    {
        using var factory = new ProductFactory();
        var catalog = factory.Services.GetRequiredService<ModuleCatalog>();
        Assert.Equal(RepositoryFiles.ModuleProjects().Count, catalog.Installed.Count); // every project under src/Modules, none named
    }

    [Fact]
    public void A_duplicate_key_stops_start_up_with_a_clear_message()
    {
        var error = Assert.Throws<ModuleConfigurationException>(() => ModuleCatalog.Create([new FakeModule("economy"), new FakeModule("economy")], []));
        Assert.Contains("'economy'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_or_disabled_dependency_stops_start_up_with_a_clear_message()
    {
        var missing = Assert.Throws<ModuleConfigurationException>(() => ModuleCatalog.Create([new FakeModule("reports", "economy")], []));
        Assert.Contains("depends on module 'economy'", missing.Message, StringComparison.Ordinal);

        var disabled = Assert.Throws<ModuleConfigurationException>(() =>
            ModuleCatalog.Create([new FakeModule("economy"), new FakeModule("reports", "economy")], ["economy"]));
        Assert.Contains("disabled", disabled.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dependencies_come_before_their_dependants_and_unknown_disabled_keys_are_refused()
    {
        var catalog = ModuleCatalog.Create([new FakeModule("reports", "economy"), new FakeModule("economy")], []);
        Assert.Equal(["economy", "reports"], catalog.Modules.Select(m => m.Key));
        Assert.Throws<ModuleConfigurationException>(() => ModuleCatalog.Create([new FakeModule("economy")], ["ecomony"]));
    }

    private sealed class FakeModule(string key, params string[] dependsOn) : IModule
    {
        public string Key => key;

        public string Name => key;

        public string EnglishName => key;

        public IReadOnlyList<string> DependsOn => dependsOn;

        public void AddServices(IServiceCollection services, ModuleContext context)
        {
        }
    }
}
