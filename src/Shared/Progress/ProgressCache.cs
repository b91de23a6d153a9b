namespace Modular.Shared.Progress;

/// <summary>
/// The latest evaluation of each recent question (plan, module, date), with the store versions it was computed from:
/// it is only reused while those versions are unchanged, so it is never stale and needs no invalidation. A newer
/// evaluation of the same question replaces the older one, since versions only grow.
/// </summary>
public sealed class ProgressCache
{
    private const int Capacity = 16;

    private readonly Dictionary<Question, (string Versions, ProgressEvaluation Evaluation)> _entries = [];
    private readonly Queue<Question> _order = new();
    private readonly Lock _gate = new();

    public ProgressEvaluation? Find(Question question, string versions)
    {
        lock (_gate)
        {
            return _entries.TryGetValue(question, out var entry) && entry.Versions == versions ? entry.Evaluation : null;
        }
    }

    public void Keep(Question question, string versions, ProgressEvaluation evaluation)
    {
        lock (_gate)
        {
            if (!_entries.ContainsKey(question))
            {
                _order.Enqueue(question);
            }

            _entries[question] = (versions, evaluation);
            while (_order.Count > Capacity)
            {
                _entries.Remove(_order.Dequeue());
            }
        }
    }

    /// <summary>What is asked: the plan, the module filter and the as-of date.</summary>
    public sealed record Question(int PlanId, string? ModuleKey, DateOnly AsOf);
}
