using GraphQL.Execution;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Modular.Host.GraphQL;

namespace Modular.Host.Limits;

/// <summary>A GraphQL document that passed the limits, and the operation the request selects (null when it names none that exists).</summary>
internal sealed record CheckedDocument(GraphQLDocument Document, GraphQLOperationDefinition? Operation);

/// <summary>
/// Reads a GraphQL document within <see cref="RequestLimits"/> before anything else looks at it: tokens are counted
/// while lexing, the parser stops at the nesting limit, and fragment expansion is measured in one pass over the
/// fragments (each measured once), so the cost of checking is linear in the document whatever it spreads. Only a
/// document that passes reaches validation and execution, whose work is then bounded by the expanded field count.
/// </summary>
internal static class DocumentGuard
{
    public static CheckedDocument Check(string query, string? operationName, RequestLimits limits)
    {
        CountTokens(query, limits.MaxTokens);
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = limits.MaxNesting });
        }
        catch (GraphQLMaxDepthExceededException)
        {
            throw Refused($"Truy vấn lồng quá sâu: tối đa {limits.MaxNesting} mức.", "DOCUMENT_TOO_DEEP");
        }
        catch (GraphQLSyntaxErrorException e)
        {
            throw new RequestException(StatusCodes.Status400BadRequest, new SyntaxError(e));
        }

        var operations = new List<GraphQLOperationDefinition>();
        var fragments = new Dictionary<string, GraphQLFragmentDefinition>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLOperationDefinition operation:
                    operations.Add(operation);
                    break;
                case GraphQLFragmentDefinition fragment:
                    fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment); // duplicates are the validator's to report
                    break;
                default:
                    throw Refused("Tài liệu chỉ được chứa truy vấn, thao tác ghi và fragment; không nhận định nghĩa kiểu.", "NOT_EXECUTABLE");
            }
        }

        if (fragments.Count > limits.MaxFragments)
        {
            throw Refused($"Truy vấn có {fragments.Count} fragment; tối đa {limits.MaxFragments}.", "TOO_MANY_FRAGMENTS");
        }

        new Expansion(fragments, limits).Measure(operations);
        var selected = operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        return new CheckedDocument(document, selected);
    }

    private static void CountTokens(string query, int maxTokens)
    {
        var source = new ROM(query.AsMemory());
        var position = 0;
        for (var count = 0; ; count++)
        {
            Token token;
            try
            {
                token = Lexer.Lex(source, position);
            }
            catch (GraphQLSyntaxErrorException e)
            {
                throw new RequestException(StatusCodes.Status400BadRequest, new SyntaxError(e));
            }

            if (token.Kind == TokenKind.EOF)
            {
                return;
            }

            if (count >= maxTokens)
            {
                throw Refused($"Truy vấn quá dài: hơn {maxTokens} ký hiệu.", "TOO_MANY_TOKENS");
            }

            position = token.End;
        }
    }

    private static RequestException Refused(string message, string code) => new(StatusCodes.Status400BadRequest, message, code);

    /// <summary>
    /// Counts the fields, aliases and repeated response names a document selects with every fragment expanded. A
    /// fragment's own counts are computed once and reused wherever it is spread, so a fragment spreading another
    /// twice, thirty levels down, costs thirty measurements, not 2^30; counts saturate instead of overflowing.
    /// </summary>
    private sealed class Expansion(Dictionary<string, GraphQLFragmentDefinition> fragments, RequestLimits limits)
    {
        private readonly Dictionary<string, Size> _measured = new(StringComparer.Ordinal);
        private readonly HashSet<string> _measuring = new(StringComparer.Ordinal);

        public void Measure(IEnumerable<GraphQLOperationDefinition> operations)
        {
            var total = Size.Zero;
            foreach (var operation in operations)
            {
                total += Of(operation.SelectionSet);
            }

            foreach (var fragment in fragments.Values)
            {
                total += OfFragment(fragment.FragmentName.Name.StringValue); // validated on its own too, even where it is never spread
            }

            if (total.Fields > limits.MaxFields)
            {
                throw Refused($"Truy vấn chọn hơn {limits.MaxFields} trường khi mở rộng các fragment; hãy chọn ít trường hơn.", "TOO_MANY_FIELDS");
            }

            if (total.Aliases > limits.MaxAliases)
            {
                throw Refused($"Truy vấn dùng {total.Aliases} bí danh (alias); tối đa {limits.MaxAliases}.", "TOO_MANY_ALIASES");
            }

            foreach (var operation in operations)
            {
                CheckRepeats(operation.SelectionSet);
            }

            foreach (var fragment in fragments.Values)
            {
                CheckRepeats(fragment.SelectionSet);
            }
        }

        private Size Of(GraphQLSelectionSet? selections)
        {
            var size = Size.Zero;
            foreach (var selection in selections?.Selections ?? [])
            {
                size += selection switch
                {
                    GraphQLField field => new Size(1, field.Alias is null ? 0 : 1) + Of(field.SelectionSet),
                    GraphQLInlineFragment inline => Of(inline.SelectionSet),
                    GraphQLFragmentSpread spread => OfFragment(spread.FragmentName.Name.StringValue),
                    _ => Size.Zero,
                };
                if (size.Fields > limits.MaxFields)
                {
                    return size; // already too large: no need to measure the rest
                }
            }

            return size;
        }

        private Size OfFragment(string name)
        {
            if (_measured.TryGetValue(name, out var known))
            {
                return known;
            }

            if (!fragments.TryGetValue(name, out var fragment))
            {
                return Size.Zero; // an unknown fragment is the validator's to report
            }

            if (!_measuring.Add(name))
            {
                throw Refused($"Fragment \"{name}\" tự lồng chính nó.", "FRAGMENT_CYCLE");
            }

            var size = Of(fragment.SelectionSet);
            _measuring.Remove(name);
            _measured[name] = size;
            return size;
        }

        /// <summary>
        /// Within one selection set (fragments and inline fragments merged in, as execution merges them) a response
        /// name may be selected at most <see cref="RequestLimits.MaxRepeatedField"/> times: checking that selections
        /// of one name can be merged compares them in pairs. The expansion is already known to be within the field
        /// limit, so this walk is too.
        /// </summary>
        private void CheckRepeats(GraphQLSelectionSet selections)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            var nested = new List<GraphQLSelectionSet>();
            Collect(selections, counts, nested, new HashSet<string>(StringComparer.Ordinal));
            foreach (var (name, count) in counts)
            {
                if (count > limits.MaxRepeatedField)
                {
                    throw Refused($"Trường \"{name}\" được chọn {count} lần trong cùng một tập lựa chọn; tối đa {limits.MaxRepeatedField} (dùng bí danh khác nhau).", "TOO_MANY_REPEATS");
                }
            }

            foreach (var set in nested)
            {
                CheckRepeats(set);
            }
        }

        private void Collect(GraphQLSelectionSet selections, Dictionary<string, int> counts, List<GraphQLSelectionSet> nested, HashSet<string> spread)
        {
            foreach (var selection in selections.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        var name = (field.Alias?.Name ?? field.Name).StringValue;
                        counts[name] = counts.GetValueOrDefault(name) + 1;
                        if (field.SelectionSet is not null)
                        {
                            nested.Add(field.SelectionSet);
                        }

                        break;
                    case GraphQLInlineFragment inline:
                        Collect(inline.SelectionSet, counts, nested, spread);
                        break;
                    case GraphQLFragmentSpread fragmentSpread when fragments.TryGetValue(fragmentSpread.FragmentName.Name.StringValue, out var fragment):
                        // Spread twice in one set, a fragment adds its fields twice: count them, but walk its nested sets once.
                        var first = spread.Add(fragment.FragmentName.Name.StringValue);
                        Collect(fragment.SelectionSet, counts, first ? nested : [], spread);
                        break;
                }
            }
        }
    }

    /// <summary>Fields and aliases, adding up to a ceiling rather than overflowing.</summary>
    private readonly record struct Size(long Fields, long Aliases)
    {
        private const long Saturated = long.MaxValue / 4;

        public static Size Zero => default;

        public static Size operator +(Size a, Size b) => new(Math.Min(a.Fields + b.Fields, Saturated), Math.Min(a.Aliases + b.Aliases, Saturated));
    }
}
