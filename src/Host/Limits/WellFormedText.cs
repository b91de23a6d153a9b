using System.Text.Json;
using GraphQLParser.AST;
using Modular.Host.GraphQL;

namespace Modular.Host.Limits;

/// <summary>
/// Text a request carries must be Unicode a database can store: valid UTF-8 on the wire, no half of a surrogate pair
/// and no NUL character, whether written raw, escaped in JSON (<c>"\ud800"</c>) or escaped in a GraphQL string.
/// </summary>
internal static class WellFormedText
{
    private const string Message = "Yêu cầu chứa ký tự Unicode không hợp lệ (nửa cặp thay thế như \\ud800, hoặc ký tự NUL); hãy gửi văn bản UTF-8 đúng chuẩn.";

    public static void EnsureUtf8(ReadOnlySpan<byte> body)
    {
        if (!System.Text.Unicode.Utf8.IsValid(body))
        {
            throw new RequestException(StatusCodes.Status400BadRequest, "Nội dung yêu cầu không phải UTF-8 hợp lệ.", "INVALID_UTF8");
        }
    }

    /// <summary>Every property name and string in a JSON value decodes to well-formed text.</summary>
    public static void EnsureStrings(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                Decode(element);
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    EnsureStrings(item);
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Ensure(property.Name);
                    EnsureStrings(property.Value);
                }

                break;
        }
    }

    /// <summary>Every string literal of a GraphQL document is well-formed once its escapes are decoded.</summary>
    public static void EnsureStrings(GraphQLDocument document)
    {
        foreach (var value in document.Definitions.SelectMany(Values))
        {
            Ensure(value.Value.Span);
        }
    }

    public static void Ensure(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]) || text[i] == '\0')
            {
                throw new RequestException(StatusCodes.Status400BadRequest, Message, "INVALID_UNICODE");
            }
        }
    }

    private static void Decode(JsonElement element)
    {
        string text;
        try
        {
            text = element.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new RequestException(StatusCodes.Status400BadRequest, Message, "INVALID_UNICODE");
        }

        Ensure(text);
    }

    /// <summary>The string values anywhere under a node: arguments, directives, defaults, lists and objects.</summary>
    private static IEnumerable<GraphQLStringValue> Values(ASTNode node) => node switch
    {
        GraphQLStringValue text => [text],
        GraphQLListValue list => (list.Values ?? []).SelectMany(Values),
        GraphQLObjectValue obj => (obj.Fields ?? []).SelectMany(f => Values(f.Value)),
        GraphQLOperationDefinition operation => Children(operation.Directives, operation.SelectionSet)
            .Concat((operation.Variables?.Items ?? []).SelectMany(v => v.DefaultValue is null ? [] : Values(v.DefaultValue))),
        GraphQLFragmentDefinition fragment => Children(fragment.Directives, fragment.SelectionSet),
        GraphQLField field => Children(field.Directives, field.SelectionSet).Concat((field.Arguments?.Items ?? []).SelectMany(a => Values(a.Value))),
        GraphQLInlineFragment inline => Children(inline.Directives, inline.SelectionSet),
        GraphQLFragmentSpread spread => Children(spread.Directives, null),
        _ => [],
    };

    private static IEnumerable<GraphQLStringValue> Children(GraphQLDirectives? directives, GraphQLSelectionSet? selections) =>
        (directives?.Items ?? []).SelectMany(d => (d.Arguments?.Items ?? []).SelectMany(a => Values(a.Value)))
            .Concat((selections?.Selections ?? []).SelectMany(Values));
}
