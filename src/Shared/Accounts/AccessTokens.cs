using Modular.Shared.Access;

namespace Modular.Shared.Accounts;

/// <summary>A signed bearer token and when it stops working.</summary>
public sealed record AccessToken(string Token, DateTimeOffset ExpiresAt);

/// <summary>Signs the tokens sign-in hands out; the host holds the key.</summary>
public interface IAccessTokenIssuer
{
    /// <summary>A token for the user; <paramref name="securityStamp"/> ties it to the account as it is now.</summary>
    AccessToken Issue(string userName, string unitCode, Role role, string? securityStamp, TimeSpan lifetime);
}
