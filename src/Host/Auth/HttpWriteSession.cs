using Modular.Shared.Storage;

namespace Modular.Host.Auth;

/// <summary>The write session of the current HTTP request (a scoped service of the request), open only while the endpoint runs a mutation.</summary>
internal sealed class HttpWriteSession(IHttpContextAccessor http) : IWriteSessionAccessor
{
    public WriteSession? Current => http.HttpContext?.RequestServices.GetService<WriteSession>();
}
