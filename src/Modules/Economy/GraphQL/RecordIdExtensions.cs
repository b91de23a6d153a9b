using System.Globalization;
using GraphQL;
using Modular.Shared;

namespace Modular.Modules.Economy.GraphQL;

internal static class RecordIdExtensions
{
    /// <summary>The <c>id</c> argument as a record id; an id no record can have is simply not found.</summary>
    public static int RecordId(this IResolveFieldContext context)
    {
        var id = context.GetArgument<string>("id");
        return int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new DomainException(ErrorCodes.NotFound, $"Không tìm thấy bản ghi số {id}.", "id");
    }
}
