using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Modular.Shared;
using Modular.Shared.Access;
using Modular.Shared.Accounts;

namespace Modular.Host.Auth;

/// <summary>Claim names in the product's tokens.</summary>
internal static class ProductClaims
{
    public const string User = "sub";
    public const string Unit = "unit";
    public const string Role = "role";

    /// <summary>The account's security stamp, in tokens sign-in hands out: the token dies when the account changes.</summary>
    public const string Stamp = "stamp";

    /// <summary>The caller a validated token names; null when it is unsigned or lacks the user, unit or a known role.</summary>
    public static Caller? ToCaller(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var name = user.FindFirst(User)?.Value;
        var unit = user.FindFirst(Unit)?.Value;
        var role = ParseRole(user.FindFirst(Role)?.Value);
        return name is null || unit is null || role is null ? null : new Caller(name, unit, role.Value);
    }

    /// <summary>A role by its exact name, any case; numbers and combinations such as "viewer,reporter" are not roles.</summary>
    public static Modular.Shared.Access.Role? ParseRole(string? text) =>
        Enum.GetValues<Modular.Shared.Access.Role>().Select(r => (Modular.Shared.Access.Role?)r)
            .FirstOrDefault(r => string.Equals(r.ToString(), text, StringComparison.OrdinalIgnoreCase));
}

/// <summary>Signs tokens with the configured key: for sign-in, the <c>token</c> command and tests.</summary>
internal sealed class TokenIssuer(AuthOptions options, TimeProvider clock) : IAccessTokenIssuer
{
    public string Issue(string userName, string unitCode, Role role, TimeSpan lifetime) =>
        Issue(userName, unitCode, role, null, lifetime, clock.GetUtcNow().UtcDateTime);

    AccessToken IAccessTokenIssuer.Issue(string userName, string unitCode, Role role, string? securityStamp, TimeSpan lifetime)
    {
        if (options.SigningKey is null)
        {
            throw new DomainException(ErrorCodes.Unauthenticated, $"Máy chủ này nhận mã truy cập do {options.Authority} cấp: hãy đăng nhập ở đó.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return new AccessToken(Issue(userName, unitCode, role, securityStamp, lifetime, now), new DateTimeOffset(now.Add(lifetime), TimeSpan.Zero));
    }

    private string Issue(string userName, string unitCode, Role role, string? securityStamp, TimeSpan lifetime, DateTime now)
    {
        if (options.SigningKey is null)
        {
            throw new InvalidOperationException("Tokens come from the OpenID Connect authority (Auth:Authority); this server cannot sign its own.");
        }

        var claims = new List<Claim>
        {
            new(ProductClaims.User, userName),
            new(ProductClaims.Unit, unitCode),
            new(ProductClaims.Role, role.ToString().ToLowerInvariant()),
        };
        if (securityStamp is not null)
        {
            claims.Add(new Claim(ProductClaims.Stamp, securityStamp));
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.Add(lifetime),
            Subject = new ClaimsIdentity(claims),
            SigningCredentials = new SigningCredentials(options.SigningKey, SecurityAlgorithms.HmacSha256),
        });
    }
}
