namespace Modular.Web.Records;

/// <summary>A type reference as introspection gives it: NON_NULL and LIST wrap a named type.</summary>
public sealed record TypeRef(string Kind, string? Name, TypeRef? OfType)
{
    public bool Required => Kind == "NON_NULL";

    public bool IsList => (Required ? OfType! : this).Kind == "LIST";

    /// <summary>The named type inside the wrappers.</summary>
    public TypeRef Named => OfType is null ? this : OfType.Named;

    /// <summary>The type as a variable declares it: <c>[FamilyVictimSupport!]</c>, <c>Date!</c>.</summary>
    public string Declaration => Kind switch
    {
        "NON_NULL" => OfType!.Declaration + "!",
        "LIST" => "[" + OfType!.Declaration + "]",
        _ => Name!,
    };
}

/// <summary>A field, argument or input field.</summary>
public sealed record FieldInfo(string Name, string? Description, TypeRef Type, IReadOnlyList<FieldInfo>? Args, string? DefaultValue);

public sealed record EnumValueInfo(string Name, string? Description);

/// <summary>A named type with its fields, input fields or values.</summary>
public sealed record TypeInfo(
    string Kind, string Name, string? Description, IReadOnlyList<FieldInfo>? Fields, IReadOnlyList<FieldInfo>? InputFields, IReadOnlyList<EnumValueInfo>? EnumValues)
{
    public FieldInfo? Field(string name) => Fields?.FirstOrDefault(f => f.Name == name);
}
