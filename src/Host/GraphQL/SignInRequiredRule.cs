using GraphQL.Validation;
using GraphQLParser.AST;
using Modular.Shared;

namespace Modular.Host.GraphQL;

/// <summary>Anonymous callers may only introspect the schema (so GraphiQL can show it) and sign in; everything else needs sign-in.</summary>
internal sealed class SignInRequiredRule : ValidationRuleBase
{
    public const string Message = "Cần đăng nhập: gửi kèm mã truy cập trong tiêu đề Authorization: Bearer <token>.";

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.User?.Identity?.IsAuthenticated != true && !AllowsAnonymous(context.Operation))
        {
            context.ReportError(new ValidationError(Message) { Code = ErrorCodes.Unauthenticated });
        }

        return default;
    }

    /// <summary>Whether an anonymous caller may run the operation; the endpoint asks this too, before validating anything.</summary>
    public static bool AllowsAnonymous(GraphQLOperationDefinition operation) => OnlyIntrospection(operation) || OnlySignIn(operation);

    private static bool OnlyIntrospection(GraphQLOperationDefinition operation) =>
        operation.Operation == OperationType.Query
        && operation.SelectionSet.Selections.All(s => s is GraphQLField field && field.Name.Value.Span.StartsWith("__"));

    private static bool OnlySignIn(GraphQLOperationDefinition operation) =>
        operation.Operation == OperationType.Mutation
        && operation.SelectionSet.Selections.All(s => s is GraphQLField field && (field.Name.Value == "signIn" || field.Name.Value == "__typename"));
}
