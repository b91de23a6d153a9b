using Modular.Shared.Transfer;
using Modular.Web.Records;

namespace Modular.Host.Files;

/// <summary>The web app's Vietnamese names of fields, lists and values, for sheets: a field is named alike on a page and in a sheet.</summary>
internal sealed class WebSheetLabels : ISheetLabels
{
    public string Field(string typeName, string fieldName, string? description) =>
        Labels.Field(typeName, new FieldInfo(fieldName, description, new TypeRef("SCALAR", null, null), null, null));

    public string Title(string moduleKey, string listField, string? description) => Labels.RecordTitle(moduleKey, listField, description);

    public string Value(string enumName, string valueName, string? description) => Labels.Value(enumName, new EnumValueInfo(valueName, description));
}
