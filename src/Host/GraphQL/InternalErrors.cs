using System.Text.Json;
using GraphQL;
using Microsoft.AspNetCore.Diagnostics;
using Modular.Shared;

namespace Modular.Host.GraphQL;

/// <summary>
/// An error of ours rather than the caller's: logged with a correlation id, and answered with that id so whoever
/// reports it can be found in the log. Never an empty body, never the exception's details.
/// </summary>
internal static class InternalErrors
{
    /// <summary>The request's trace identifier, which the log scope of every entry of the request carries too.</summary>
    public static string CorrelationId(HttpContext? context) => context?.TraceIdentifier ?? Guid.NewGuid().ToString("N");

    public static ExecutionError Error(string correlationId)
    {
        var error = new ExecutionError($"Đã có lỗi máy chủ (mã tra cứu {correlationId}); vui lòng thử lại hoặc báo quản trị viên kèm mã này.")
        {
            Code = ErrorCodes.Internal,
        };
        error.Extensions ??= new Dictionary<string, object?>();
        error.Extensions["correlationId"] = correlationId;
        return error;
    }

    /// <summary>Answers anything that escaped the endpoints as JSON with the correlation id, after logging it.</summary>
    public static void UseInternalErrorAnswers(this WebApplication app) => app.UseExceptionHandler(handler => handler.Run(async context =>
    {
        var correlationId = CorrelationId(context);
        var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Modular.Host")
            .LogError(exception, "Unhandled error (correlation id {CorrelationId})", correlationId);
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        context.Response.ContentType = "application/json; charset=utf-8";
        var message = Error(correlationId).Message;
        await JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            errors = new[] { new { message, extensions = new { code = ErrorCodes.Internal, correlationId } } },
        }, JsonOptions, context.RequestAborted);
    }));

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
