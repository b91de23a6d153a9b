using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Modular.Shared.Storage;

/// <summary>
/// A transaction for several saves of one context: its own when the context has none, or the transaction the context
/// already works in (a request's <see cref="WriteSession"/>), which then commits with the rest of the request.
/// </summary>
public sealed class StoreTransaction : IAsyncDisposable
{
    private readonly IDbContextTransaction? _own;

    private StoreTransaction(IDbContextTransaction? own) => _own = own;

    public static async Task<StoreTransaction> BeginAsync(DbContext db, CancellationToken cancellationToken) =>
        new(db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null);

    public Task CommitAsync(CancellationToken cancellationToken) => _own?.CommitAsync(cancellationToken) ?? Task.CompletedTask;

    public ValueTask DisposeAsync() => _own?.DisposeAsync() ?? ValueTask.CompletedTask;
}
