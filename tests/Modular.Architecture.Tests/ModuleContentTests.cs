using System.Reflection;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Modular.Host.Modularity;
using Modular.Shared.Indicators;
using Modular.Shared.Modularity;
using Modular.Shared.Plans;
using Modular.Testing;
using NetArchTest.Rules;

namespace Modular.Architecture.Tests;

/// <summary>
/// What every module must keep to so that two modules never clash and a newcomer finds the same things in each: plain
/// domain code, and its GraphQL types, indicator keys and targets named after the module.
/// </summary>
public sealed class ModuleContentTests : IClassFixture<ModuleContentTests.Product>
{
    private readonly Product _product;

    public ModuleContentTests(Product product)
    {
        _product = product;
        _ = product.Server;
    }

    private static IEnumerable<IModule> Modules() => ModuleDiscovery.Discover();

    /// <summary>"economy" → "Economy": the prefix of the module's GraphQL type names.</summary>
    private static string Prefix(IModule module) => char.ToUpperInvariant(module.Key[0]) + module.Key[1..];

    [Fact]
    public void Domain_code_uses_no_EF_Core_and_no_GraphQL_types()
    {
        foreach (var module in Modules().Select(m => m.GetType().Assembly))
        {
            var result = Types.InAssembly(module).That().ResideInNamespaceEndingWith(".Domain")
                .ShouldNot().HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "GraphQL")
                .GetResult();
            Assert.True(result.IsSuccessful, $"Domain types of {module.GetName().Name} that use EF Core or GraphQL: {string.Join(", ", result.FailingTypeNames ?? [])}");
        }
    }

    [Fact]
    public void Every_GraphQL_type_of_a_module_carries_the_modules_prefix()
    {
        var schema = _product.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        foreach (var module in Modules())
        {
            var assembly = module.GetType().Assembly;
            var names = schema.AllTypes.Where(t => BelongsTo(t.GetType(), assembly)).Select(t => t.Name).ToList();
            Assert.NotEmpty(names);
            Assert.All(names, name => Assert.StartsWith(Prefix(module), name, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Every_indicator_of_a_module_is_keyed_by_the_module()
    {
        foreach (var provider in _product.Services.GetServices<IIndicatorProvider>().Where(p => Modules().Any(m => m.Key == p.ModuleKey)))
        {
            Assert.All(provider.Indicators, i => Assert.StartsWith(provider.ModuleKey + ".", i.Key, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Every_target_a_module_ships_reads_indicators_of_that_module()
    {
        var registry = _product.Services.GetRequiredService<IndicatorRegistry>();
        var targets = _product.Services.GetRequiredService<ModuleTargets>().For("223/KH-BTV");
        Assert.NotEmpty(targets);
        foreach (var target in targets)
        {
            foreach (var key in new[] { target.Indicator, target.Denominator }.OfType<string>())
            {
                Assert.True(registry.Find(key)?.ModuleKey == target.ModuleKey, $"Target {target.Code} of '{target.ModuleKey}' reads '{key}', not one of its module's indicators.");
            }
        }

        Assert.Equal(targets.Count, targets.DistinctBy(t => t.Code).Count());
    }

    /// <summary>A graph type the module declares, or one of Shared's generic types made for one of the module's types.</summary>
    private static bool BelongsTo(Type type, Assembly assembly) =>
        type.Assembly == assembly || (type.IsGenericType && type.GetGenericArguments().Any(a => BelongsTo(a, assembly)));

    /// <summary>The product on a fresh data folder, shared by the tests of this class.</summary>
    public sealed class Product() : ProductFactory();
}
