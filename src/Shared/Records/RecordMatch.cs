using System.Linq.Expressions;
using System.Reflection;

namespace Modular.Shared.Records;

/// <summary>
/// Which stored record an imported row is, so that importing a file again changes nothing: for a kind with a natural
/// key (<see cref="IUniqueInUnit{TRecord}"/>) the record of the unit with the same key, for any other kind the record
/// of the unit with every value the same. A row matching a record whose other values differ updates it.
/// </summary>
internal static class RecordMatch<TRecord>
    where TRecord : UnitRecord, new()
{
    /// <summary>The values a record holds of its own: every property the kind declares beyond id and unit (derived search texts included).</summary>
    private static readonly PropertyInfo[] Values = typeof(TRecord)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p is { CanRead: true, CanWrite: true } && p.DeclaringType != typeof(UnitRecord) && IsScalar(p.PropertyType))
        .ToArray();

    /// <summary>The properties that make the natural key: those the kind's <see cref="IUniqueInUnit{TRecord}.SameThing"/> compares.</summary>
    private static readonly PropertyInfo[] KeyValues = new TRecord() is IUniqueInUnit<TRecord> unique ? KeyOf(unique.SameThing()) : Values;

    /// <summary>The row's key within the file: its unit and its natural key (or all its values).</summary>
    public static string Key(TRecord record) =>
        string.Join('\u001f', KeyValues.Select(p => Format(p.GetValue(record))).Prepend(record.UnitId.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>The input field a duplicate is reported on, when the kind names one.</summary>
    public static string? KeyField(TRecord record) => record is IUniqueInUnit<TRecord> unique ? unique.Duplicate().Field : null;

    /// <summary>The stored records of the row's unit that are the same record (the caller limits them to the unit).</summary>
    public static Expression<Func<TRecord, bool>> Same(TRecord record)
    {
        if (record is IUniqueInUnit<TRecord> unique)
        {
            return unique.SameThing();
        }

        var stored = Expression.Parameter(typeof(TRecord), "stored");
        var body = Values
            .Select(p => (Expression)Expression.Equal(Expression.Property(stored, p), Expression.Constant(p.GetValue(record), p.PropertyType)))
            .Aggregate((Expression)Expression.Constant(true), Expression.AndAlso);
        return Expression.Lambda<Func<TRecord, bool>>(body, stored);
    }

    /// <summary>Whether two records of a unit hold the same values.</summary>
    public static bool Equal(TRecord stored, TRecord imported) => Values.All(p => Equals(p.GetValue(stored), p.GetValue(imported)));

    private static PropertyInfo[] KeyOf(Expression<Func<TRecord, bool>> sameThing)
    {
        var finder = new MemberFinder(sameThing.Parameters[0]);
        finder.Visit(sameThing.Body);
        return finder.Found.Count > 0 ? [.. finder.Found] : Values;
    }

    private static bool IsScalar(Type type)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        return plain.IsPrimitive || plain.IsEnum || plain == typeof(string) || plain == typeof(DateOnly) || plain == typeof(decimal) || plain == typeof(DateTimeOffset);
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private sealed class MemberFinder(ParameterExpression record) : ExpressionVisitor
    {
        public List<PropertyInfo> Found { get; } = [];

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression == record && node.Member is PropertyInfo property && !Found.Contains(property))
            {
                Found.Add(property);
            }

            return base.VisitMember(node);
        }
    }
}
