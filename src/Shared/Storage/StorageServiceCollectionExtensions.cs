using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace Modular.Shared.Storage;

/// <summary>Registers a store: a DbContext family with one migrations set per provider.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <c>IDbContextFactory&lt;TContext&gt;</c> for the configured provider. Migrations differ per
    /// provider, so each provider has its own subclass of <typeparamref name="TContext"/> that owns them. Contexts
    /// come from a pool, or from the request's <see cref="WriteSession"/> while one is open.
    /// </summary>
    public static IServiceCollection AddStore<TContext, TSqlite, TPostgres>(
        this IServiceCollection services, string storeKey, StorageOptions storage, int order = 100)
        where TContext : StoreDbContext
        where TSqlite : TContext
        where TPostgres : TContext
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AuditInterceptor>();
        services.TryAddSingleton<WriteSessions>();
        if (storage.Provider == StorageProvider.Sqlite)
        {
            var file = storage.SqliteFile(storeKey);
            var connectionString = SqliteConnectionString(file);
            services.AddPooledDbContextFactory<TSqlite>((sp, o) => ConfigureSqlite(o, file).AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
            AddFactories<TContext, TSqlite>(services, storeKey, order, sp => new StoreConnection(
                storeKey,
                isSqlite: true,
                connectionString,
                () => new SqliteConnection(connectionString),
                SqlitePragmas.ApplyAsync,
                connection => Create(new DbContextOptionsBuilder<TSqlite>().UseSqlite(connection).AddInterceptors(sp.GetRequiredService<AuditInterceptor>()))));
        }
        else
        {
            var connectionString = storage.PostgresConnectionString!;
            services.AddPooledDbContextFactory<TPostgres>((sp, o) => ConfigurePostgres(o, connectionString, storeKey).AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
            AddFactories<TContext, TPostgres>(services, storeKey, order, sp => new StoreConnection(
                storeKey,
                isSqlite: false,
                connectionString,
                () => new NpgsqlConnection(connectionString),
                (_, _) => Task.CompletedTask,
                connection => Create(new DbContextOptionsBuilder<TPostgres>()
                    .UseNpgsql(connection, o => o.MigrationsHistoryTable("__EFMigrationsHistory", storeKey))
                    .AddInterceptors(sp.GetRequiredService<AuditInterceptor>()))));
        }

        return services;
    }

    public static DbContextOptionsBuilder ConfigureSqlite(DbContextOptionsBuilder options, string file) =>
        options.UseSqlite(SqliteConnectionString(file)).AddInterceptors(SqlitePragmas.Instance);

    public static DbContextOptionsBuilder ConfigurePostgres(DbContextOptionsBuilder options, string connectionString, string schema) =>
        options.UseNpgsql(connectionString, o => o.MigrationsHistoryTable("__EFMigrationsHistory", schema));

    private static string SqliteConnectionString(string file) => new SqliteConnectionStringBuilder
    {
        DataSource = file,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    /// <summary>
    /// The store's factory as the product sees it, and the store itself, whose versions, migrations and health checks
    /// always go through the pool: they read what is committed, never a request's unfinished writes.
    /// </summary>
    private static void AddFactories<TContext, TConcrete>(IServiceCollection services, string storeKey, int order, Func<IServiceProvider, StoreConnection> connection)
        where TContext : StoreDbContext
        where TConcrete : TContext
    {
        services.AddSingleton<StoreConnection>(connection);
        services.AddSingleton<IDbContextFactory<TContext>>(sp => new StoreFactory<TContext, TConcrete>(
            sp.GetRequiredService<IDbContextFactory<TConcrete>>(), sp.GetRequiredService<WriteSessions>(), Connection(sp)));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IModuleStore, Store<TContext, TConcrete>>(sp => new Store<TContext, TConcrete>(
            storeKey, order, sp.GetRequiredService<IDbContextFactory<TConcrete>>(), sp.GetRequiredService<IDbContextFactory<TContext>>())));

        StoreConnection Connection(IServiceProvider sp) => sp.GetServices<StoreConnection>().Single(c => c.StoreKey == storeKey);
    }

    private static TContext Create<TContext>(DbContextOptionsBuilder<TContext> options)
        where TContext : DbContext => (TContext)Activator.CreateInstance(typeof(TContext), options.Options)!;

    /// <summary>Contexts from the pool, or on the write session's connection while the request has one open.</summary>
    private sealed class StoreFactory<TContext, TConcrete>(IDbContextFactory<TConcrete> pool, WriteSessions sessions, StoreConnection connection)
        : IDbContextFactory<TContext>, IIndependentContextFactory<TContext>
        where TContext : DbContext
        where TConcrete : TContext
    {
        public TContext CreateDbContext() => sessions.Current is not null
            ? throw new InvalidOperationException("Inside a write session, create store contexts with CreateDbContextAsync.")
            : pool.CreateDbContext();

        public async Task<TContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
            sessions.Current is { } session
                ? await session.CreateContextAsync<TConcrete>(connection, cancellationToken)
                : await pool.CreateDbContextAsync(cancellationToken);

        public async Task<TContext> CreateIndependentAsync(CancellationToken cancellationToken) =>
            (connection.IsSqlite ? sessions.Current?.Holds(connection) : sessions.Current?.HasWrites) == true
                ? throw new InvalidOperationException($"The write session already holds the {connection.StoreKey} store: independent writes would wait for it forever.")
                : await pool.CreateDbContextAsync(cancellationToken);
    }

    /// <summary>A store as the host sees it: reads through the pool (what is committed), markers through the write session.</summary>
    private sealed class Store<TContext, TConcrete>(string key, int order, IDbContextFactory<TConcrete> factory, IDbContextFactory<TContext> writes) : IModuleStore
        where TContext : StoreDbContext
        where TConcrete : TContext
    {
        public string Key => key;

        public int Order => order;

        public async Task MigrateAsync(CancellationToken cancellationToken)
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);

            // On a new PostgreSQL database EF Core reads the history table in the store's schema before creating it,
            // and logs that expected failure as an error line; creating the table (and schema) first avoids it.
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }

        public async Task<bool> CanConnectAsync(CancellationToken cancellationToken)
        {
            try
            {
                await using var db = await factory.CreateDbContextAsync(cancellationToken);
                return await db.Database.CanConnectAsync(cancellationToken);
            }
            catch (DbException)
            {
                return false;
            }
        }

        public async Task<long> VersionAsync(CancellationToken cancellationToken)
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            return await db.AuditEntries.MaxAsync(a => (long?)a.Id, cancellationToken) ?? 0;
        }

        public async Task<StoreChanges> ChangesAsync(long version, CancellationToken cancellationToken)
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            var rows = await db.AuditEntries.AsNoTracking()
                .Where(a => a.Id > version)
                .OrderBy(a => a.Id)
                .Take(StoreChanges.Limit + 1)
                .Select(a => new { a.Id, a.Entity, a.Action, a.UnitId, a.TouchedUnitIds })
                .ToListAsync(cancellationToken);
            if (rows.Count > StoreChanges.Limit)
            {
                return new StoreChanges(key, await db.AuditEntries.MaxAsync(a => a.Id, cancellationToken), null);
            }

            return new StoreChanges(
                key,
                rows.Count == 0 ? version : rows[^1].Id,
                rows.Select(r => StoreChange.From(r.Id, r.Entity, r.Action, r.UnitId, r.TouchedUnitIds)).ToList());
        }

        public async Task<bool> HasImportAsync(string entity, string label, CancellationToken cancellationToken)
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            return await db.AuditEntries.AnyAsync(a => a.Action == AuditInterceptor.ImportAction && a.Entity == entity && a.After!.Contains(label), cancellationToken);
        }

        public async Task RecordImportAsync(string entity, int count, string label, CancellationToken cancellationToken)
        {
            await using var db = await writes.CreateDbContextAsync(cancellationToken);
            db.RecordImport(entity, count, label);
            await db.SaveChangesAsync(cancellationToken);
        }

        public async Task<IReadOnlyList<string>> PendingMigrationsAsync(CancellationToken cancellationToken)
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            return (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        }

        public async Task<AuditSlice> ReadAuditAsync(AuditFilter filter, CancellationToken cancellationToken)
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            var entries = db.AuditEntries.AsNoTracking();
            if (filter.UnitIds is { } ids)
            {
                var units = ids.Select(id => (int?)id).ToList();
                entries = entries.Where(a => units.Contains(a.UnitId) || (filter.IncludeWithoutUnit && a.UnitId == null));
            }
            else if (!filter.IncludeWithoutUnit)
            {
                entries = entries.Where(a => a.UnitId != null);
            }

            if (filter.ModuleKey is { } moduleKey)
            {
                entries = entries.Where(a => a.ModuleKey == moduleKey);
            }

            if (filter.UserName is { } userName)
            {
                entries = entries.Where(a => a.UserName == userName);
            }

            if (filter.From is { } from)
            {
                entries = entries.Where(a => a.At >= from);
            }

            if (filter.Before is { } before)
            {
                entries = entries.Where(a => a.At < before);
            }

            if (filter.RecordFrom is { } recordFrom)
            {
                entries = entries.Where(a => a.RecordTo >= recordFrom);
            }

            if (filter.RecordTo is { } recordTo)
            {
                entries = entries.Where(a => a.RecordFrom <= recordTo);
            }

            var total = await entries.CountAsync(cancellationToken);
            var newest = total == 0
                ? []
                : await entries.OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Take(filter.Take).ToListAsync(cancellationToken);
            return new AuditSlice(key, newest, total);
        }
    }
}

/// <summary>WAL lets readers run beside a writer; the busy timeout makes a second writer wait instead of failing.</summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=10000; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
        ApplyAsync(connection, cancellationToken);

    /// <summary>Sets the pragmas on a connection opened outside EF Core (a write session's).</summary>
    public static async Task ApplyAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
