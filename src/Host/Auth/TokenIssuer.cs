using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Modular.Shared.Access;

namespace Modular.Host.Auth;

/// <summary>Claim names in the product's tokens.</summary>
internal static class ProductClaims
{
    public const string User = "sub";
    public const string Unit = "unit";
    public const string Role = "role";

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

/// <summary>Signs tokens with the configured key: for the <c>token</c> command and for tests.</summary>
internal sealed class TokenIssuer(AuthOptions options, TimeProvider clock)
{
    public string Issue(string userName, string unitCode, Role role, TimeSpan lifetime)
    {
        if (options.SigningKey is null)
        {
            throw new InvalidOperationException("Tokens come from the OpenID Connect authority (Auth:Authority); this server cannot sign its own.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.Add(lifetime),
            Subject = new ClaimsIdentity(
            [
                new Claim(ProductClaims.User, userName),
                new Claim(ProductClaims.Unit, unitCode),
                new Claim(ProductClaims.Role, role.ToString().ToLowerInvariant()),
            ]),
            SigningCredentials = new SigningCredentials(options.SigningKey, SecurityAlgorithms.HmacSha256),
        });
    }
}
