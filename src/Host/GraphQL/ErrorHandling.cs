using FluentValidation;
using GraphQL;
using GraphQL.Execution;
using Modular.Shared;
using Modular.Shared.Validation;

namespace Modular.Host.GraphQL;

/// <summary>
/// Turns exceptions from resolvers into errors users can act on: refusals keep their code and message, validation
/// failures name the field, anything else is masked as an internal error and logged.
/// </summary>
internal static class ErrorHandling
{
    public static Task HandleAsync(UnhandledExceptionContext context)
    {
        switch (context.OriginalException)
        {
            case DomainException refusal:
                context.Exception = WithField(new ExecutionError(refusal.Message) { Code = refusal.Code }, refusal.Field);
                break;
            case ValidationException invalid:
                var failure = invalid.Errors.FirstOrDefault();
                var message = string.Join(" ", invalid.Errors.Select(e => e.ErrorMessage));
                context.Exception = WithField(new ExecutionError(message) { Code = ErrorCodes.Validation }, failure is null ? null : InputRules.FieldName(failure.PropertyName));
                break;
            case OperationCanceledException:
                context.Exception = new ExecutionError("The request was cancelled or took too long.") { Code = ErrorCodes.Timeout };
                break;
            default:
                var logger = context.Context?.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger("Modular.GraphQL");
                logger?.LogError(context.OriginalException, "Unhandled error in a GraphQL resolver");
                context.Exception = new ExecutionError("Đã có lỗi máy chủ; vui lòng thử lại hoặc báo quản trị viên.") { Code = ErrorCodes.Internal };
                break;
        }

        return Task.CompletedTask;
    }

    private static ExecutionError WithField(ExecutionError error, string? field)
    {
        if (field is not null)
        {
            error.Extensions ??= new Dictionary<string, object?>();
            error.Extensions["field"] = field;
        }

        return error;
    }
}
