using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Modular.Shared.Storage;

/// <summary>Registers a store: a DbContext family with one migrations set per provider.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <c>IDbContextFactory&lt;TContext&gt;</c> for the configured provider. Migrations differ per
    /// provider, so each provider has its own subclass of <typeparamref name="TContext"/> that owns them.
    /// </summary>
    public static IServiceCollection AddStore<TContext, TSqlite, TPostgres>(
        this IServiceCollection services, string storeKey, StorageOptions storage, int order = 100)
        where TContext : StoreDbContext
        where TSqlite : TContext
        where TPostgres : TContext
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AuditInterceptor>();
        if (storage.Provider == StorageProvider.Sqlite)
        {
            var file = storage.SqliteFile(storeKey);
            services.AddPooledDbContextFactory<TSqlite>((sp, o) => ConfigureSqlite(o, file).AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
            services.AddSingleton<IDbContextFactory<TContext>>(sp => new UpcastFactory<TContext, TSqlite>(sp.GetRequiredService<IDbContextFactory<TSqlite>>()));
        }
        else
        {
            var connectionString = storage.PostgresConnectionString!;
            services.AddPooledDbContextFactory<TPostgres>((sp, o) => ConfigurePostgres(o, connectionString, storeKey).AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
            services.AddSingleton<IDbContextFactory<TContext>>(sp => new UpcastFactory<TContext, TPostgres>(sp.GetRequiredService<IDbContextFactory<TPostgres>>()));
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IModuleStore, Store<TContext>>(sp =>
            new Store<TContext>(storeKey, order, sp.GetRequiredService<IDbContextFactory<TContext>>())));
        return services;
    }

    public static DbContextOptionsBuilder ConfigureSqlite(DbContextOptionsBuilder options, string file)
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = file,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        return options.UseSqlite(connectionString).AddInterceptors(SqlitePragmas.Instance);
    }

    public static DbContextOptionsBuilder ConfigurePostgres(DbContextOptionsBuilder options, string connectionString, string schema) =>
        options.UseNpgsql(connectionString, o => o.MigrationsHistoryTable("__EFMigrationsHistory", schema));

    private sealed class UpcastFactory<TContext, TConcrete>(IDbContextFactory<TConcrete> inner) : IDbContextFactory<TContext>
        where TContext : DbContext
        where TConcrete : TContext
    {
        public TContext CreateDbContext() => inner.CreateDbContext();

        public async Task<TContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
            await inner.CreateDbContextAsync(cancellationToken);
    }

    private sealed class Store<TContext>(string key, int order, IDbContextFactory<TContext> factory) : IModuleStore
        where TContext : StoreDbContext
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

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
