using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Modular.Shared.Storage;

/// <summary>
/// All the writes of one request, committed together or not at all. While a session is open, every store context the
/// request creates works on one connection and one transaction per database, begun on first use: one for all stores
/// on PostgreSQL (they share a database), one per store file on SQLite, where the core store's is always begun first
/// so that two requests never wait for each other's stores in opposite orders. Nothing is visible to others until
/// <see cref="CommitAsync"/>; disposing the session without committing rolls everything back.
/// </summary>
public sealed class WriteSession : IAsyncDisposable
{
    private readonly Dictionary<string, DbTransaction> _transactions = new(StringComparer.Ordinal);
    private readonly List<DbTransaction> _order = [];
    private readonly StoreConnection? _core;
    private bool _completed;

    internal WriteSession(IEnumerable<StoreConnection> stores) => _core = stores.FirstOrDefault(s => s.StoreKey == CoreStore.Key);

    /// <summary>Whether store contexts still join the session: until it is committed or rolled back.</summary>
    public bool IsActive => !_completed;

    /// <summary>Whether any store context of the session saved changes.</summary>
    public bool HasWrites { get; private set; }

    /// <summary>Whether the session has begun a transaction on the store's database.</summary>
    internal bool Holds(StoreConnection store) => _transactions.ContainsKey(store.ConnectionString);

    /// <summary>A context of the store on the session's connection, inside its transaction.</summary>
    internal async Task<TContext> CreateContextAsync<TContext>(StoreConnection store, CancellationToken cancellationToken)
        where TContext : DbContext
    {
        var transaction = await TransactionAsync(store, cancellationToken);
        var db = store.CreateContext<TContext>(transaction.Connection!);
        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        db.SavedChanges += (_, saved) => HasWrites |= saved.EntitiesSavedCount > 0;
        return db;
    }

    /// <summary>Commits every store's transaction in the order they began (the core store's first); after this the session is closed.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        foreach (var transaction in _order)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        _completed = true;
        await CloseAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_completed)
        {
            _completed = true;
            await CloseAsync(); // disposing a transaction that was not committed rolls it back
        }
    }

    private async Task<DbTransaction> TransactionAsync(StoreConnection store, CancellationToken cancellationToken)
    {
        if (_completed)
        {
            throw new InvalidOperationException("The write session is already committed or rolled back.");
        }

        if (_transactions.TryGetValue(store.ConnectionString, out var known))
        {
            return known;
        }

        if (store.IsSqlite && _core is not null && store.StoreKey != CoreStore.Key)
        {
            await TransactionAsync(_core, cancellationToken); // lock order: the core store first
        }

        var connection = store.CreateConnection();
        try
        {
            await connection.OpenAsync(cancellationToken);
            await store.PrepareAsync(connection, cancellationToken);
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            _transactions[store.ConnectionString] = transaction;
            _order.Add(transaction);
            return transaction;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task CloseAsync()
    {
        foreach (var transaction in _order)
        {
            var connection = transaction.Connection;
            await transaction.DisposeAsync();
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }
        }

        _order.Clear();
        _transactions.Clear();
    }
}

/// <summary>Contexts whose saves stand on their own even inside a request's write session.</summary>
public static class IndependentWrites
{
    /// <summary>
    /// A context outside the request's write session: what it saves is committed at once and kept whether or not
    /// the request succeeds. Only for bookkeeping that must survive a refusal, such as counting failed sign-ins, and
    /// only before the session has used the store: on SQLite the session then holds the store's write lock.
    /// </summary>
    public static async Task<TContext> CreateIndependentContextAsync<TContext>(this IDbContextFactory<TContext> factory, CancellationToken cancellationToken)
        where TContext : DbContext =>
        factory is IIndependentContextFactory<TContext> store ? await store.CreateIndependentAsync(cancellationToken) : await factory.CreateDbContextAsync(cancellationToken);
}

/// <summary>A store factory that can hand out contexts outside the write session.</summary>
internal interface IIndependentContextFactory<TContext>
    where TContext : DbContext
{
    Task<TContext> CreateIndependentAsync(CancellationToken cancellationToken);
}

/// <summary>
/// The write session the current code runs in, if any: a mutation request begins one around its execution, a bulk
/// command around each part that must be kept whole. Code that started inside a session sees it, code elsewhere does not.
/// </summary>
public sealed class WriteSessions(IEnumerable<StoreConnection> stores)
{
    private readonly AsyncLocal<WriteSession?> _current = new();

    public WriteSession? Current => _current.Value is { IsActive: true } session ? session : null;

    /// <summary>Begins a session for the rest of the calling method (and what it awaits); commit it, or dispose it to roll back.</summary>
    public WriteSession Begin()
    {
        var session = new WriteSession(stores);
        _current.Value = session;
        return session;
    }

    /// <summary>
    /// Runs a read outside the current session, through the stores' own connections: it sees what is committed and
    /// nothing of the request's unfinished writes, as what is kept for every request must. The caller's session is
    /// untouched (a value set in an async method does not flow back to its caller).
    /// </summary>
    public async Task<T> CommittedAsync<T>(Func<Task<T>> read)
    {
        _current.Value = null;
        return await read();
    }
}

/// <summary>How a write session reaches one store: its database, and how to put a context of it on a given connection.</summary>
public sealed class StoreConnection(
    string storeKey,
    bool isSqlite,
    string connectionString,
    Func<DbConnection> createConnection,
    Func<DbConnection, CancellationToken, Task> prepare,
    Func<DbConnection, DbContext> createContext)
{
    public string StoreKey => storeKey;

    public bool IsSqlite => isSqlite;

    /// <summary>Stores with the same connection string share the session's connection and transaction.</summary>
    public string ConnectionString => connectionString;

    internal DbConnection CreateConnection() => createConnection();

    internal Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken) => prepare(connection, cancellationToken);

    internal TContext CreateContext<TContext>(DbConnection connection)
        where TContext : DbContext => (TContext)createContext(connection);
}
