namespace Modular.Shared;

/// <summary>A request the product refuses, with a stable code and a message the user can act on.</summary>
public class DomainException(string code, string message, string? field = null) : Exception(message)
{
    public string Code { get; } = code;

    /// <summary>The input field at fault, when there is one.</summary>
    public string? Field { get; } = field;
}

/// <summary>The stable error codes found in <c>extensions.code</c>.</summary>
public static class ErrorCodes
{
    public const string NotFound = "NOT_FOUND";
    public const string Validation = "VALIDATION";
    public const string ModuleOff = "MODULE_OFF";
    public const string ModuleNotInstalled = "MODULE_NOT_INSTALLED";
    public const string Forbidden = "FORBIDDEN";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Conflict = "CONFLICT";

    /// <summary>A write dated inside a period whose report has been approved.</summary>
    public const string Locked = "LOCKED";
    public const string Internal = "INTERNAL_SERVER_ERROR";
    public const string Timeout = "TIMEOUT";
}
