using GraphQL.Types;

namespace Modular.Shared.GraphQL;

/// <summary>A calendar date without time ("2025-06-30"), named <c>Date</c> as the front ends' contract says.</summary>
public sealed class CalendarDateGraphType : DateOnlyGraphType
{
    public CalendarDateGraphType()
    {
        Name = "Date";
        Description = "A calendar date, ISO 8601: \"2025-06-30\".";
    }
}
