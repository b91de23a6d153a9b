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
            case var store when StoreErrors.Describe(store) is { } conflict:
                context.Exception = conflict;
                break;
            case OperationCanceledException:
                context.Exception = new ExecutionError("Yêu cầu đã bị hủy hoặc chạy quá lâu.") { Code = ErrorCodes.Timeout };
                break;
            default:
                var services = context.Context?.RequestServices;
                var correlationId = InternalErrors.CorrelationId(services?.GetService<IHttpContextAccessor>()?.HttpContext);
                services?.GetService<ILoggerFactory>()?.CreateLogger("Modular.GraphQL")
                    .LogError(context.OriginalException, "Unhandled error in a GraphQL resolver (correlation id {CorrelationId})", correlationId);
                context.Exception = InternalErrors.Error(correlationId);
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
