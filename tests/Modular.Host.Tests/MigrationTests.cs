using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Modular.Host.Modularity;
using Modular.Shared.Storage;
using Modular.Testing;

namespace Modular.Host.Tests;

/// <summary>Every store's model, on each provider, is fully described by its migrations.</summary>
public sealed class MigrationTests
{
    public static TheoryData<string> StoreContexts()
    {
        var data = new TheoryData<string>();
        foreach (var type in ProviderContexts())
        {
            data.Add(type.AssemblyQualifiedName!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(StoreContexts))]
    public void The_model_has_no_changes_without_a_migration(string contextType)
    {
        var type = Type.GetType(contextType, throwOnError: true)!;
        var factoryType = type.Assembly.GetTypes().Single(t => typeof(IDesignTimeDbContextFactory<>).MakeGenericType(type).IsAssignableFrom(t));
        var factory = Activator.CreateInstance(factoryType)!;
        using var db = (DbContext)factoryType.GetMethod("CreateDbContext")!.Invoke(factory, [Array.Empty<string>()])!;

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"{type.Name} has model changes without a migration: run scripts/add-migration.sh.");
    }

    [Fact]
    public void Every_store_has_a_context_per_provider()
    {
        var contexts = ProviderContexts().Select(t => t.Name).ToList();
        Assert.Equal(2 * ProductModules.Stores.Count, contexts.Count); // the core and each module, SQLite and PostgreSQL each
        Assert.Contains("CoreSqliteDbContext", contexts);
        Assert.Contains("CorePostgresDbContext", contexts);
    }

    private static IEnumerable<Type> ProviderContexts()
    {
        var assemblies = new[] { typeof(StoreDbContext).Assembly }
            .Concat(ModuleDiscovery.Discover().Select(m => m.GetType().Assembly))
            .Distinct();
        return assemblies
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsAbstract: false, IsSealed: true } && typeof(StoreDbContext).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
    }
}
