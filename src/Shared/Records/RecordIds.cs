using System.Globalization;

namespace Modular.Shared.Records;

/// <summary>Record ids as the API spells them (the GraphQL <c>ID</c> of a record): positive whole numbers.</summary>
public static class RecordIds
{
    /// <summary>The record number an id names; an id no record can have ("abc", "1.0", "", too large) names no record.</summary>
    public static int Parse(string id) =>
        int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var key) && key > 0 ? key : throw NotFound(id);

    /// <summary>The answer for an id that names no record the caller may see, whether it is missing or someone else's.</summary>
    public static DomainException NotFound(string id) => new(ErrorCodes.NotFound, $"Không tìm thấy bản ghi số {id}.", "id");
}
