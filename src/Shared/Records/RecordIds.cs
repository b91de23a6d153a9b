using System.Globalization;

namespace Modular.Shared.Records;

/// <summary>Record ids as the API spells them (the GraphQL <c>ID</c> of a record): positive whole numbers.</summary>
public static class RecordIds
{
    /// <summary>The record number an id names; an id no record can have ("abc", "1.0", "", too large) is NOT_FOUND naming the kind ("hội viên", "cuộc giám sát").</summary>
    public static int Parse(string id, string label) =>
        int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var key) && key > 0 ? key : throw NotFound(label, id);

    /// <summary>The answer for an id that names no record the caller may see, whether it is missing or someone else's.</summary>
    public static DomainException NotFound(string label, string id) => new(ErrorCodes.NotFound, $"Không tìm thấy {label} số {id}.", "id");
}
