using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modular.Shared.Storage;

namespace Modular.Shared.Records;

/// <summary>Registers a module's record store: its DbContext family and the record service over it.</summary>
public static class RecordServiceCollectionExtensions
{
    public static IServiceCollection AddRecordStore<TContext, TSqlite, TPostgres>(this IServiceCollection services, string moduleKey, StorageOptions storage)
        where TContext : StoreDbContext
        where TSqlite : TContext
        where TPostgres : TContext
    {
        services.AddStore<TContext, TSqlite, TPostgres>(moduleKey, storage);
        services.AddScoped(sp => ActivatorUtilities.CreateInstance<RecordService<TContext>>(sp, moduleKey));
        services.AddSingleton<IStoreInitializer>(sp => new SearchTextBackfill<TContext>(moduleKey, sp.GetRequiredService<IDbContextFactory<TContext>>()));
        return services;
    }
}

/// <summary>
/// Fills the search text of records written before it was kept (after the migration that added it), so search finds
/// them too; records written since already have it, and a store without such records costs one query per kind.
/// </summary>
internal sealed class SearchTextBackfill<TContext>(string storeKey, IDbContextFactory<TContext> factory) : IStoreInitializer
    where TContext : StoreDbContext
{
    public string StoreKey => storeKey;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        foreach (var kind in db.Model.GetEntityTypes().Select(e => e.ClrType).Where(t => t.IsSubclassOf(typeof(UnitRecord)) && !t.IsAbstract))
        {
            var fill = typeof(SearchTextBackfill<TContext>).GetMethod(nameof(FillAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
            await (Task)fill.MakeGenericMethod(kind).Invoke(null, [db, cancellationToken])!;
        }
    }

    private static async Task FillAsync<TRecord>(TContext db, CancellationToken cancellationToken)
        where TRecord : UnitRecord
    {
        var records = await db.Set<TRecord>().Where(r => r.SearchText == "").ToListAsync(cancellationToken);
        records.ForEach(r => r.SearchText = RecordSearch.TextOf(r));
        var filled = records.Count(r => r.SearchText.Length > 0);
        if (filled > 0)
        {
            db.RecordImport(typeof(TRecord).Name, filled, "search text of records written before it was kept");
            await db.SaveChangesAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
    }
}

/// <summary>What search reads of a record.</summary>
public static class RecordSearch
{
    /// <summary>The record's searched texts, folded into one line.</summary>
    public static string TextOf(UnitRecord record) =>
        VietnameseText.Fold(string.Join(' ', record.SearchedTexts().Where(t => !string.IsNullOrWhiteSpace(t))));
}
