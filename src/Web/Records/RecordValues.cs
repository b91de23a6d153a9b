using System.Text.Json.Nodes;
using Microsoft.Extensions.Primitives;

namespace Modular.Web.Records;

/// <summary>
/// Moves a record's values between the API's JSON, the form's fields and the input a mutation takes. Required fields
/// and numbers are checked here, so a person gets a Vietnamese message at the field before anything is sent; every
/// rule of the record itself is the server's, and its messages are shown at the same fields.
/// </summary>
public static class RecordValues
{
    /// <summary>The fields of a record type the pages read: scalars, enums, lists of them, and units as code and name.</summary>
    public static string Selection(TypeInfo type, RecordSchema schema) => string.Join(" ", (type.Fields ?? [])
        .Where(f => f.Args is not { Count: > 0 } || f.Args.All(a => !a.Type.Required))
        .Select(f => (Field: f, Named: f.Type.Named))
        .Select(x => x.Named.Kind switch
        {
            "SCALAR" or "ENUM" => x.Field.Name,
            "OBJECT" when schema.Type(x.Named.Name!) is { } t && t.Field("code") is not null && t.Field("name") is not null => $"{x.Field.Name} {{ code name }}",
            _ => null,
        })
        .OfType<string>());

    /// <summary>The columns a list shows: the unit, then the record's first few plain fields.</summary>
    public static IReadOnlyList<FieldInfo> Columns(TypeInfo type, int count = 5)
    {
        var fields = type.Fields ?? [];
        var unit = fields.Where(f => f.Name == "unit").Take(1);
        return unit.Concat(fields.Where(f => f.Name is not ("id" or "unit") && f.Type.Named.Kind is "SCALAR" or "ENUM" && !f.Type.IsList).Take(count)).ToList();
    }

    /// <summary>A value of a record as a person reads it.</summary>
    public static string Display(JsonNode? value, FieldInfo field, RecordSchema schema)
    {
        if (value is null)
        {
            return "";
        }

        var named = field.Type.Named;
        if (value is JsonArray list)
        {
            return string.Join("; ", list.Select(v => Display(v, field with { Type = named }, schema)));
        }

        if (value is JsonObject unit)
        {
            return unit["name"]?.GetValue<string>() ?? "";
        }

        return named.Kind == "ENUM"
            ? EnumLabel(schema, named.Name!, value.GetValue<string>())
            : named.Name switch
            {
                "Date" => Vn.Date(value.GetValue<string>()),
                "Boolean" => value.GetValue<bool>() ? "Có" : "Không",
                "Int" or "Long" => Vn.Number(value.GetValue<long>()),
                "Float" => Vn.Number(value.GetValue<double>()),
                _ => value.ToString(),
            };
    }

    public static string EnumLabel(RecordSchema schema, string enumName, string value) =>
        schema.Type(enumName)?.EnumValues?.FirstOrDefault(v => v.Name == value) is { } known ? Labels.Value(enumName, known) : value;

    /// <summary>The form's starting values from a record read through the API.</summary>
    public static Dictionary<string, StringValues> FromRecord(TypeInfo input, JsonNode record)
    {
        var values = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        foreach (var field in input.InputFields ?? [])
        {
            var node = field.Name == "unitCode" ? record["unit"]?["code"] : record[field.Name];
            values[field.Name] = node switch
            {
                null => StringValues.Empty,
                JsonArray list => new StringValues(list.Select(v => v?.ToString()).ToArray()),
                JsonValue v when v.TryGetValue<bool>(out var b) => b ? "true" : "false",
                JsonValue v when field.Type.Named.Name == "Float" && v.TryGetValue<double>(out var d) => d.ToString("0.############", Vn.Numbers),
                _ => node.ToString(),
            };
        }

        return values;
    }

    /// <summary>The form's values as a mutation input, with a message per field that cannot be sent as typed.</summary>
    public static (Dictionary<string, object?> Input, Dictionary<string, string> Errors) FromForm(TypeInfo input, IFormCollection form)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in input.InputFields ?? [])
        {
            var label = Labels.Field(input.Name, field);
            var named = field.Type.Named;
            var raw = form[field.Name];
            if (field.Type.IsList)
            {
                var items = raw.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToArray();
                values[field.Name] = items.Length == 0 && !field.Type.Required ? null : items;
                continue;
            }

            if (named.Name == "Boolean" && field.Type.Required)
            {
                values[field.Name] = raw.Contains("true");
                continue;
            }

            var text = raw.ToString().Trim();
            if (text.Length == 0)
            {
                values[field.Name] = null;
                if (field.Type.Required)
                {
                    errors[field.Name] = $"Cần nhập {label.ToLowerInvariant()}.";
                }

                continue;
            }

            switch (named.Name)
            {
                case "Int" or "Long":
                    if (Vn.ParseNumber(text) is { } whole && whole == Math.Floor(whole) && Math.Abs(whole) < 9e15)
                    {
                        values[field.Name] = (long)whole;
                    }
                    else
                    {
                        errors[field.Name] = $"{label} phải là số nguyên.";
                    }

                    break;
                case "Float":
                    if (Vn.ParseNumber(text) is { } number)
                    {
                        values[field.Name] = number;
                    }
                    else
                    {
                        errors[field.Name] = $"{label} phải là số.";
                    }

                    break;
                case "Boolean":
                    values[field.Name] = text == "true";
                    break;
                case "Date":
                    if (Vn.ParseDate(text) is { } day)
                    {
                        values[field.Name] = Vn.Iso(day);
                    }
                    else
                    {
                        errors[field.Name] = $"{label}: cần một ngày có thật, dạng ngày/tháng/năm (30/06/2025).";
                    }

                    break;
                default:
                    values[field.Name] = text;
                    break;
            }
        }

        return (values, errors);
    }

    /// <summary>The form's values as typed, to show them again after a refusal.</summary>
    public static Dictionary<string, StringValues> Typed(IFormCollection form) =>
        form.Keys.ToDictionary(k => k, k => form[k], StringComparer.Ordinal);
}
