using GraphQL.Types;
using GraphQLParser.AST;

namespace Modular.Shared.GraphQL;

/// <summary>
/// A calendar date without time ("2025-06-30"), named <c>Date</c> as the front ends' contract says. Only days from
/// <see cref="First"/> to <see cref="Last"/> are accepted: nothing the union records lies outside them, and date
/// arithmetic near the ends of the calendar (9999-12-31 plus a day) would fail.
/// </summary>
public sealed class CalendarDateGraphType : DateOnlyGraphType
{
    public static readonly DateOnly First = new(1900, 1, 1);
    public static readonly DateOnly Last = new(2999, 12, 31);

    public CalendarDateGraphType()
    {
        Name = "Date";
        Description = "A calendar date, ISO 8601: \"2025-06-30\", from 1900-01-01 to 2999-12-31.";
    }

    public override object? ParseLiteral(GraphQLValue value) => InRange(base.ParseLiteral(value));

    public override object? ParseValue(object? value) => InRange(base.ParseValue(value));

    private static object? InRange(object? parsed) => parsed is DateOnly day && (day < First || day > Last)
        ? throw new DomainException(ErrorCodes.Validation, $"Ngày {day:dd/MM/yyyy} nằm ngoài khoảng {First:dd/MM/yyyy}–{Last:dd/MM/yyyy}.")
        : parsed;
}
