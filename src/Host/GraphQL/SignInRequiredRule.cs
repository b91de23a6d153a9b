using GraphQL.Validation;
using GraphQLParser.AST;
using Modular.Shared;

namespace Modular.Host.GraphQL;

/// <summary>Anonymous callers may only introspect the schema (so GraphiQL can show it) and sign in; everything else needs sign-in.</summary>
internal sealed class SignInRequiredRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.User?.Identity?.IsAuthenticated != true && !OnlyIntrospection(context.Operation) && !OnlySignIn(context.Operation))
        {
            context.ReportError(new ValidationError("Cần đăng nhập: gửi kèm mã truy cập trong tiêu đề Authorization: Bearer <token>.")
            {
                Code = ErrorCodes.Unauthenticated,
            });
        }

        return default;
    }

    private static bool OnlyIntrospection(GraphQLOperationDefinition operation) =>
        operation.Operation == OperationType.Query
        && operation.SelectionSet.Selections.All(s => s is GraphQLField field && field.Name.Value.Span.StartsWith("__"));

    private static bool OnlySignIn(GraphQLOperationDefinition operation) =>
        operation.Operation == OperationType.Mutation
        && operation.SelectionSet.Selections.All(s => s is GraphQLField field && (field.Name.Value == "signIn" || field.Name.Value == "__typename"));
}
