using Microsoft.AspNetCore.Authentication.JwtBearer;
using Modular.Shared.Accounts;

namespace Modular.Host.Auth;

/// <summary>Tokens from sign-in carry the account's security stamp: they stop working once the account is changed or disabled.</summary>
internal static class AccountSessions
{
    public static async Task ValidateAsync(TokenValidatedContext context)
    {
        if (context.Principal?.FindFirst(ProductClaims.Stamp)?.Value is not { } stamp)
        {
            return; // signed by the token command for a name the register need not hold
        }

        var user = context.Principal.FindFirst(ProductClaims.User)?.Value;
        var accounts = context.HttpContext.RequestServices.GetRequiredService<AccountCommands>();
        if (user is null || !await accounts.IsCurrentAsync(user, stamp, context.HttpContext.RequestAborted))
        {
            context.Fail("The account was changed or disabled after this token was signed.");
        }
    }
}
