using Modular.Host.Auth;
using Modular.Host.Demo;
using Modular.Shared.Storage;

namespace Modular.Host;

/// <summary>Brings every store up to date at start-up: migrations first, then each store's seeding.</summary>
internal static class StoreStartup
{
    public static async Task InitializeStoresAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        var stores = services.GetServices<IModuleStore>().OrderBy(s => s.Order).ThenBy(s => s.Key, StringComparer.Ordinal).ToList();
        var initializers = services.GetServices<IStoreInitializer>().ToList();
        foreach (var store in stores)
        {
            await store.MigrateAsync(cancellationToken);
            foreach (var initializer in initializers.Where(i => i.StoreKey == store.Key))
            {
                await using var scope = services.CreateAsyncScope();
                await initializer.InitializeAsync(cancellationToken);
            }
        }

        if (await SeedDemoCommand.IsIncompleteAsync(stores, cancellationToken))
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger("Modular.Host").LogWarning(
                "The demo data in this data folder is incomplete: a seed-demo run was stopped before it finished. Run seed-demo again to complete it.");
        }

        var auth = services.GetRequiredService<AuthOptions>();
        if (auth.IsDevelopmentKey)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger("Modular.Host").LogWarning(
                "Tokens are signed with a development key generated in the data folder ({File}). Set Auth:SigningKey or Auth:Authority before real use.",
                AuthOptions.DevelopmentKeyFile);
        }
    }
}
