namespace Modular.Host.Limits;

/// <summary>
/// Turns to execute a GraphQL document and serialize its answer. A national dashboard holds about 18 MB while it is
/// executed; documents beyond one per core add no throughput, only memory held longer
/// and collected later, so the rest wait in line (a turn is given back before the answer is sent to a slow client).
/// </summary>
internal sealed class ExecutionSlots(RequestLimits limits) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(limits.MaxConcurrentExecutions, limits.MaxConcurrentExecutions);

    /// <summary>Waits for a turn; dispose the answer to give it back.</summary>
    public async Task<Turn> TakeAsync(CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        return new Turn(_slots);
    }

    public void Dispose() => _slots.Dispose();

    /// <summary>A turn to execute, given back once.</summary>
    internal sealed class Turn(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
