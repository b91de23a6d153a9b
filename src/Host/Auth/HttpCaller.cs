using Modular.Shared.Access;
using Modular.Shared.Storage;

namespace Modular.Host.Auth;

/// <summary>The caller of the current HTTP request, read from the validated token; "system" outside requests.</summary>
internal sealed class HttpCaller(IHttpContextAccessor http) : ICallerAccessor, IAuditActor
{
    public Caller? Current => http.HttpContext is { } context ? ProductClaims.ToCaller(context.User) : Caller.System;

    public string CurrentUserName => Current?.UserName ?? "anonymous";
}
