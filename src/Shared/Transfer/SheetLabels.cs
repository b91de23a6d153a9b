namespace Modular.Shared.Transfer;

/// <summary>
/// The Vietnamese names people read in sheets for the schema's record fields, lists and values. The host gives the web
/// app's vocabulary, so a field is named the same on a page and in a sheet; without it, descriptions and names are used.
/// </summary>
public interface ISheetLabels
{
    /// <summary>A field of a record type or of its input type.</summary>
    string Field(string typeName, string fieldName, string? description);

    /// <summary>A module's list of records.</summary>
    string Title(string moduleKey, string listField, string? description);

    /// <summary>A value of an enumeration.</summary>
    string Value(string enumName, string valueName, string? description);
}

/// <summary>Names from the schema alone: its descriptions, else its names.</summary>
internal sealed class SchemaSheetLabels : ISheetLabels
{
    public string Field(string typeName, string fieldName, string? description) => Sentence(description) ?? fieldName;

    public string Title(string moduleKey, string listField, string? description) => Sentence(description) ?? listField;

    public string Value(string enumName, string valueName, string? description) => Sentence(description) ?? valueName;

    private static string? Sentence(string? description) => string.IsNullOrWhiteSpace(description) ? null : description.Trim().TrimEnd('.');
}
