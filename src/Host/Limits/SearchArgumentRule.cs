using GraphQL.Validation;
using GraphQLParser.AST;
using Modular.Shared;

namespace Modular.Host.Limits;

/// <summary>
/// A <c>search</c> argument, on any list, is a few words a person types: at most <see cref="MaxLength"/> characters
/// and <see cref="MaxWords"/> words. Longer text is refused before it becomes a query the database cannot plan.
/// </summary>
internal sealed class SearchArgumentRule : ValidationRuleBase
{
    public const int MaxLength = 200;
    public const int MaxWords = 10;

    private static readonly MatchingNodeVisitor<GraphQLArgument> Visitor = new((argument, context) =>
    {
        if (argument.Name.Value.Span is not "search")
        {
            return;
        }

        var text = argument.Value switch
        {
            GraphQLStringValue literal => literal.Value.ToString(),
            GraphQLVariable variable => context.Variables?.GetValueOrDefault(variable.Name.StringValue) as string,
            _ => null,
        };
        if (text is not null && (text.Length > MaxLength || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxWords))
        {
            var error = new ValidationError(context.Document.Source, null, $"Từ khóa tìm kiếm dài tối đa {MaxLength} ký tự và {MaxWords} từ.", argument)
            {
                Code = ErrorCodes.Validation,
            };
            error.Extensions ??= new Dictionary<string, object?>();
            error.Extensions["field"] = "search";
            context.ReportError(error);
        }
    });

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);
}
