using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Modular.Web;

/// <summary>
/// The web app's sign-in: the bearer token that <c>signIn</c> answers, kept in an HttpOnly, SameSite cookie. Only the
/// app's own pages read it, so the GraphQL endpoint never acts on a cookie a forged cross-site request would carry;
/// the pages' form posts are guarded by antiforgery tokens.
/// </summary>
public static class WebSession
{
    public const string CookieName = "hlhpn-session";

    public const string SignInPath = "/dang-nhap";

    /// <summary>Marks the app's page endpoints, whose requests may authenticate with the cookie.</summary>
    public sealed class PageMarker;

    /// <summary>
    /// Marks endpoints beside the pages (file downloads and uploads) whose requests may also authenticate with the
    /// cookie; they answer an anonymous request themselves, and check the antiforgery token of a post made with it.
    /// </summary>
    public sealed class CookieMarker;

    /// <summary>Whether the request's user was signed in by the cookie rather than by a bearer token.</summary>
    public static bool SignedInByCookie(HttpContext context) =>
        !context.Request.Headers.Authorization.Any() && context.Request.Cookies.ContainsKey(CookieName);

    public static void Start(HttpContext context, string token, DateTimeOffset expiresAt) =>
        context.Response.Cookies.Append(CookieName, token, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            Path = "/",
            Expires = expiresAt,
            IsEssential = true,
        });

    public static void End(HttpContext context) => context.Response.Cookies.Delete(CookieName, new CookieOptions { Path = "/" });

    /// <summary>Only local paths, so a crafted link cannot send a user elsewhere after she signs in.</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";

    /// <summary>Lets the host's bearer scheme take the token from the cookie on page requests, and sends anonymous page visitors to the sign-in page.</summary>
    internal static void Configure(JwtBearerOptions options)
    {
        var events = options.Events ?? new JwtBearerEvents();
        var received = events.OnMessageReceived;
        events.OnMessageReceived = async context =>
        {
            await received(context);
            if (context.Token is null && ReadsCookie(context.HttpContext) && !context.Request.Headers.Authorization.Any()
                && context.Request.Cookies.TryGetValue(CookieName, out var token) && token.Length > 0)
            {
                context.Token = token;
            }
        };
        var challenge = events.OnChallenge;
        events.OnChallenge = async context =>
        {
            if (!IsPage(context.HttpContext))
            {
                await challenge(context);
                return;
            }

            context.HandleResponse();
            if (context.Request.Cookies.ContainsKey(CookieName))
            {
                End(context.HttpContext); // expired, or the account changed: start afresh
            }

            var back = context.Request.Path + context.Request.QueryString;
            context.Response.Redirect($"{SignInPath}?returnUrl={Uri.EscapeDataString(back)}");
        };
        options.Events = events;
    }

    private static bool IsPage(HttpContext context) => context.GetEndpoint()?.Metadata.GetMetadata<PageMarker>() is not null;

    private static bool ReadsCookie(HttpContext context) => IsPage(context) || context.GetEndpoint()?.Metadata.GetMetadata<CookieMarker>() is not null;
}
