using System.Globalization;
using System.Threading.RateLimiting;
using GraphQL;
using Microsoft.AspNetCore.RateLimiting;

namespace Modular.Host.Limits;

/// <summary>How many requests a client may send, from the <c>RateLimits</c> configuration section; each per minute.</summary>
internal sealed record RateLimitSettings(int FailedSignInsPerMinute, int AnonymousRequestsPerMinute, int WritesPerMinute)
{
    public const string RateLimited = "RATE_LIMITED";

    public static RateLimitSettings FromConfiguration(IConfiguration configuration)
    {
        var section = configuration.GetSection("RateLimits");
        return new RateLimitSettings(
            section.GetValue(nameof(FailedSignInsPerMinute), 20),
            section.GetValue(nameof(AnonymousRequestsPerMinute), 60),
            section.GetValue(nameof(WritesPerMinute), 300));
    }
}

/// <summary>
/// ASP.NET Core's rate limiter on the GraphQL endpoint: per client address for requests with a token that fails
/// (failed sign-ins) and for requests without one, before the body is read; per user for writes, once the endpoint
/// knows the request is a mutation. A refusal is HTTP 429 with <c>Retry-After</c> and a JSON error.
/// </summary>
internal static class RateLimits
{
    public static IServiceCollection AddRequestRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = RateLimitSettings.FromConfiguration(configuration);
        services.AddSingleton(settings);
        services.AddSingleton(new WriteLimiter(PerMinute<string>(settings.WritesPerMinute)));
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (!context.Request.Path.StartsWithSegments("/graphql") || context.User.Identity?.IsAuthenticated == true)
                {
                    return RateLimitPartition.GetNoLimiter(string.Empty);
                }

                var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return context.Request.Headers.Authorization.Count > 0
                    ? RateLimitPartition.GetFixedWindowLimiter("sign-in " + address, _ => Window(settings.FailedSignInsPerMinute))
                    : RateLimitPartition.GetFixedWindowLimiter("anonymous " + address, _ => Window(settings.AnonymousRequestsPerMinute));
            });
            o.OnRejected = async (rejected, cancellationToken) =>
            {
                var failedSignIn = rejected.HttpContext.Request.Headers.Authorization.Count > 0;
                await AnswerAsync(rejected.HttpContext, rejected.Lease, failedSignIn
                    ? "Quá nhiều lần đăng nhập không thành công từ địa chỉ này"
                    : "Quá nhiều yêu cầu chưa đăng nhập từ địa chỉ này", cancellationToken);
            };
        });
        return services;
    }

    /// <summary>The 429 answer: when to try again, in the <c>Retry-After</c> header and in words.</summary>
    public static async Task AnswerAsync(HttpContext context, RateLimitLease lease, string what, CancellationToken cancellationToken)
    {
        var seconds = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 60;
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        context.Response.ContentType = "application/json; charset=utf-8";
        var result = new ExecutionResult
        {
            Executed = false,
            Errors = [new ExecutionError($"{what}; vui lòng thử lại sau {seconds} giây.") { Code = RateLimitSettings.RateLimited }],
        };
        await context.RequestServices.GetRequiredService<IGraphQLTextSerializer>().WriteAsync(context.Response.Body, result, cancellationToken);
    }

    private static PartitionedRateLimiter<TKey> PerMinute<TKey>(int permits)
        where TKey : notnull =>
        PartitionedRateLimiter.Create<TKey, TKey>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => Window(permits)));

    private static FixedWindowRateLimiterOptions Window(int permits) => new()
    {
        PermitLimit = permits,
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}

/// <summary>Writes per user: the endpoint takes a permit for every mutation.</summary>
internal sealed class WriteLimiter(PartitionedRateLimiter<string> limiter)
{
    public RateLimitLease Acquire(string userName) => limiter.AttemptAcquire(userName);
}
