namespace Modular.Shared.Progress;

/// <summary>
/// The latest evaluation of each recent question (plan, module, date), with the store versions it was computed from.
/// The engine brings an evaluation up to date from the stores' change feeds since those versions before it answers
/// with it, so what is kept is never served stale and needs no invalidation. A newer evaluation of the same question
/// replaces the older one; one computed from older versions than the kept one is not kept.
/// </summary>
public sealed class ProgressCache
{
    private const int Capacity = 16;

    private readonly Dictionary<Question, Kept> _entries = [];
    private readonly Queue<Question> _order = new();
    private readonly Lock _gate = new();

    public Kept? Find(Question question)
    {
        lock (_gate)
        {
            return _entries.GetValueOrDefault(question);
        }
    }

    public void Keep(Question question, IReadOnlyDictionary<string, long> versions, ProgressEvaluation evaluation)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(question, out var kept))
            {
                if (kept.Versions.Any(v => versions.GetValueOrDefault(v.Key) < v.Value))
                {
                    return;
                }
            }
            else
            {
                _order.Enqueue(question);
            }

            _entries[question] = new Kept(versions, evaluation);
            while (_order.Count > Capacity)
            {
                _entries.Remove(_order.Dequeue());
            }
        }
    }

    /// <summary>What is asked: the plan, the module filter and the as-of date.</summary>
    public sealed record Question(int PlanId, string? ModuleKey, DateOnly AsOf);

    /// <summary>An evaluation and the version of each store (by store key) it has seen every write up to.</summary>
    public sealed record Kept(IReadOnlyDictionary<string, long> Versions, ProgressEvaluation Evaluation);
}
