namespace Modular.Shared.Storage;

/// <summary>One store (a module's, or the core's): migrated at start-up and probed by the health check.</summary>
public interface IModuleStore
{
    string Key { get; }

    /// <summary>Start-up order: the core store first, then modules.</summary>
    int Order { get; }

    Task MigrateAsync(CancellationToken cancellationToken);

    Task<bool> CanConnectAsync(CancellationToken cancellationToken);

    /// <summary>
    /// A number that changes with every committed write to the store: the newest audit entry's id, since every write
    /// appends one in its own transaction. Lets readers reuse what they computed while nothing was written.
    /// </summary>
    Task<long> VersionAsync(CancellationToken cancellationToken);

    /// <summary>Migrations in the code that the database has not applied.</summary>
    Task<IReadOnlyList<string>> PendingMigrationsAsync(CancellationToken cancellationToken);
}

/// <summary>Work a store does once after its migrations, such as seeding reference data.</summary>
public interface IStoreInitializer
{
    string StoreKey { get; }

    Task InitializeAsync(CancellationToken cancellationToken);
}
