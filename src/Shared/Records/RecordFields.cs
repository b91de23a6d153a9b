using System.Linq.Expressions;
using System.Reflection;

namespace Modular.Shared.Records;

/// <summary>
/// Copies an input onto its record: each property of the input to the record's property of the same name and type,
/// compiled once per pair of types, so a kind's fields are not copied by hand.
/// </summary>
public static class RecordFields<TInput, TRecord>
    where TRecord : UnitRecord
{
    public static readonly Action<TInput, TRecord> Copy = Compile();

    private static Action<TInput, TRecord> Compile()
    {
        var input = Expression.Parameter(typeof(TInput), "input");
        var record = Expression.Parameter(typeof(TRecord), "record");
        var assignments = typeof(TInput).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(from => (From: from, To: typeof(TRecord).GetProperty(from.Name, BindingFlags.Public | BindingFlags.Instance)))
            .Where(p => p.To is { CanWrite: true } && p.To.PropertyType == p.From.PropertyType)
            .Select(p => (Expression)Expression.Assign(Expression.Property(record, p.To!), Expression.Property(input, p.From)))
            .ToList();
        Expression body = assignments.Count == 0 ? Expression.Empty() : Expression.Block(assignments);
        return Expression.Lambda<Action<TInput, TRecord>>(body, input, record).Compile();
    }
}
