using Microsoft.AspNetCore.Authentication.JwtBearer;
using Modular.Shared.Units;

namespace Modular.Host.Auth;

/// <summary>
/// A token's unit must be a unit of the register: there is no wildcard unit, so a token (ours or an OpenID Connect
/// provider's) for "*" or for a code nobody knows is refused at sign-in like an expired one. A unit closed by a
/// reorganisation stays a unit: its users keep reading its history, and every write is refused for them.
/// </summary>
internal static class TokenUnits
{
    /// <summary>The refusal the endpoint shows for a token the sign-in rejected, kept on the request.</summary>
    public const string RefusalItem = "token-refusal";

    public static async Task ValidateAsync(TokenValidatedContext context)
    {
        var unitCode = context.Principal?.FindFirst(ProductClaims.Unit)?.Value;
        var refusal = unitCode is null ? "Mã truy cập không ghi đơn vị." : await RefusalAsync(context.HttpContext, unitCode);
        if (refusal is not null)
        {
            context.HttpContext.Items[RefusalItem] = refusal;
            context.Fail(refusal);
        }
    }

    /// <summary>Why a unit code cannot be a token's unit; null when it can.</summary>
    public static async Task<string?> RefusalAsync(UnitDirectory directory, string unitCode, CancellationToken cancellationToken) =>
        (await directory.LoadTreeAsync(cancellationToken)).Find(unitCode) is null
            ? $"Đơn vị \"{unitCode}\" trong mã truy cập không có trong hệ thống."
            : null;

    private static Task<string?> RefusalAsync(HttpContext http, string unitCode) =>
        RefusalAsync(http.RequestServices.GetRequiredService<UnitDirectory>(), unitCode, http.RequestAborted);
}
