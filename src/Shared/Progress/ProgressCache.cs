namespace Modular.Shared.Progress;

/// <summary>
/// Recent evaluations, keyed by what they were computed from, including every store's version: an entry can only be
/// found while nothing was written since, so it is never stale and needs no invalidation.
/// </summary>
public sealed class ProgressCache
{
    private const int Capacity = 32;

    private readonly Dictionary<Key, ProgressEvaluation> _entries = [];
    private readonly Queue<Key> _order = new();
    private readonly Lock _gate = new();

    public ProgressEvaluation? Find(Key key)
    {
        lock (_gate)
        {
            return _entries.GetValueOrDefault(key);
        }
    }

    public void Keep(Key key, ProgressEvaluation evaluation)
    {
        lock (_gate)
        {
            if (!_entries.TryAdd(key, evaluation))
            {
                return;
            }

            _order.Enqueue(key);
            while (_order.Count > Capacity)
            {
                _entries.Remove(_order.Dequeue());
            }
        }
    }

    /// <summary>What an evaluation depends on: the plan, the module filter, the date and the stores' versions.</summary>
    public sealed record Key(int PlanId, string? ModuleKey, DateOnly AsOf, string StoreVersions);
}
