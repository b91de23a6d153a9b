using System.Reflection;
using Modular.Host.Modularity;
using Modular.Testing;
using NetArchTest.Rules;

namespace Modular.Architecture.Tests;

/// <summary>Modules stay independent: each references Shared only, and the host knows them only through the module contract.</summary>
public sealed class ModuleBoundaryTests
{
    private static readonly Assembly Host = typeof(Program).Assembly;
    private static readonly Assembly Shared = typeof(Modular.Shared.Modularity.IModule).Assembly;

    private static IReadOnlyList<Assembly> Modules() => ModuleDiscovery.Discover().Select(m => m.GetType().Assembly).Distinct().ToList();

    [Fact]
    public void Every_project_under_src_Modules_is_a_module_the_host_finds()
    {
        var projects = RepositoryFiles.ModuleProjects().Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(projects, Modules().Select(m => m.GetName().Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void No_module_references_another_module()
    {
        foreach (var module in Modules())
        {
            var others = Modules().Where(m => m != module).Select(m => m.GetName().Name!).ToArray();
            var result = Types.InAssembly(module).ShouldNot().HaveDependencyOnAny(others).GetResult();
            Assert.True(result.IsSuccessful, $"{module.GetName().Name} depends on another module: {string.Join(", ", result.FailingTypeNames ?? [])}");
            Assert.DoesNotContain(module.GetReferencedAssemblies(), r => others.Contains(r.Name));
        }
    }

    [Fact]
    public void Modules_reference_only_Shared_among_the_products_assemblies()
    {
        foreach (var module in Modules())
        {
            var product = module.GetReferencedAssemblies().Select(r => r.Name!).Where(n => n.StartsWith("Modular.", StringComparison.Ordinal)).ToList();
            Assert.Equal(["Modular.Shared"], product);
        }
    }

    [Fact]
    public void The_host_uses_modules_only_through_the_contract()
    {
        var result = Types.InAssembly(Host).ShouldNot().HaveDependencyOnAny(Modules().Select(m => m.GetName().Name!).ToArray()).GetResult();
        Assert.True(result.IsSuccessful, $"Host types that name a module: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Shared_depends_on_neither_the_host_nor_a_module()
    {
        var forbidden = Modules().Select(m => m.GetName().Name!).Append(Host.GetName().Name!).ToArray();
        Assert.True(Types.InAssembly(Shared).ShouldNot().HaveDependencyOnAny(forbidden).GetResult().IsSuccessful);
    }

    [Fact]
    public void Module_descriptors_are_the_only_public_types_besides_their_migrations()
    {
        foreach (var module in Modules())
        {
            var exposed = Types.InAssembly(module).That().ArePublic().GetTypes()
                .Where(t => !t.Name.EndsWith("Module", StringComparison.Ordinal) && t.Namespace?.Contains(".Migrations", StringComparison.Ordinal) != true)
                .Select(t => t.FullName)
                .ToList();
            Assert.True(exposed.Count == 0, $"Public types in {module.GetName().Name}: {string.Join(", ", exposed)}. Make them internal.");
        }
    }
}
