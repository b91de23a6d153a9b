using Modular.Shared.Access;
using Modular.Shared.Storage;

namespace Modular.Host.Auth;

/// <summary>The caller of the current HTTP request, read from the validated token; "system" outside requests.</summary>
internal sealed class HttpCaller(IHttpContextAccessor http) : ICallerAccessor, IAuditActor
{
    public Caller? Current
    {
        get
        {
            if (http.HttpContext is not { } context)
            {
                return Caller.System;
            }

            var user = context.User;
            if (user.Identity?.IsAuthenticated != true)
            {
                return null;
            }

            var name = user.FindFirst(ProductClaims.User)?.Value;
            var unit = user.FindFirst(ProductClaims.Unit)?.Value;
            var roleText = user.FindFirst(ProductClaims.Role)?.Value;
            return name is null || unit is null || !Enum.TryParse<Role>(roleText, ignoreCase: true, out var role) || !Enum.IsDefined(role)
                ? null
                : new Caller(name, unit, role);
        }
    }

    public string CurrentUserName => Current?.UserName ?? "anonymous";
}
