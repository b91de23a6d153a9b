using System.Diagnostics;
using Modular.Host.Auth;

namespace Modular.Host.Observability;

/// <summary>
/// One log line per request (category <c>Modular.Requests</c>): method, path, status, duration, the GraphQL operation
/// and the caller's user name and unit. Never the query string, body or variables: they carry records' data.
/// </summary>
internal static partial class RequestLog
{
    public const string Category = "Modular.Requests";

    public static IApplicationBuilder UseRequestLog(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
        return app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            var failed = false;
            try
            {
                await next(context);
            }
            catch
            {
                failed = true;
                throw;
            }
            finally
            {
                var operation = context.Features.Get<GraphQLOperationFeature>();
                var caller = ProductClaims.ToCaller(context.User);
                Request(
                    logger,
                    context.Request.Method,
                    context.Request.Path.Value ?? "/",
                    failed ? StatusCodes.Status500InternalServerError : context.Response.StatusCode,
                    Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 1),
                    operation is null ? "-" : $"{operation.Type} {(operation.Name.Length == 0 ? "(anonymous)" : operation.Name)}",
                    operation is null || operation.ErrorCodes.Count == 0 ? "-" : string.Join(',', operation.ErrorCodes),
                    caller?.UserName ?? "-",
                    caller?.UnitCode ?? "-");
            }
        });
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "{Method} {Path} {StatusCode} {ElapsedMilliseconds} ms operation={Operation} errors={ErrorCodes} user={User} unit={Unit}")]
    private static partial void Request(
        ILogger logger, string method, string path, int statusCode, double elapsedMilliseconds, string operation, string errorCodes, string user, string unit);
}
