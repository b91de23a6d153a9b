namespace Modular.Web.Api;

/// <summary>A unit as the pages show it.</summary>
public sealed record UnitInfo(string Code, string Name, string Level);

/// <summary>The signed-in user, from <c>me</c>.</summary>
public sealed record Me(string UserName, string DisplayName, string Role, bool Registered, UnitInfo Unit)
{
    public bool CanWrite => Role is "REPORTER" or "MANAGER" or "ADMIN";

    public bool CanManage => Role is "MANAGER" or "ADMIN";

    public int Rank => Roles.Rank(Role);
}

/// <summary>The roles in order, with their Vietnamese names.</summary>
public static class Roles
{
    public static readonly IReadOnlyList<string> All = ["VIEWER", "REPORTER", "MANAGER", "ADMIN"];

    public static int Rank(string role) => All.ToList().IndexOf(role);

    public static string Name(string role) => role switch
    {
        "VIEWER" => "Người xem",
        "REPORTER" => "Cán bộ báo cáo",
        "MANAGER" => "Cán bộ quản lý",
        "ADMIN" => "Quản trị viên",
        _ => role,
    };
}

/// <summary>The signed-in user of the page's request, asked once per request.</summary>
public sealed class CurrentUser(GraphQLApi api)
{
    private Task<Me?>? _me;

    public Task<Me?> GetAsync() => _me ??= LoadAsync();

    private async Task<Me?> LoadAsync()
    {
        var result = await api.SendAsync("{ me { userName displayName role registered unit { code name level } } }");
        return result.Ok ? result.Get<Me>("me") : null;
    }
}

/// <summary>An account as the user pages show it.</summary>
public sealed record UserInfo(string UserName, string DisplayName, string Role, UnitInfo Unit, bool Active, DateTimeOffset? LockedUntil, DateTimeOffset? LastSignInAt)
{
    public const string Fields = "userName displayName role active lockedUntil lastSignInAt unit { code name level }";
}

/// <summary>How an account stands, in words.</summary>
public static class UserText
{
    public static string Standing(UserInfo user) =>
        !user.Active ? "Đã ngừng"
        : user.LockedUntil is { } until && until > DateTimeOffset.UtcNow ? $"Tạm khóa đến {Vn.Moment(until)}"
        : "Đang hoạt động";
}
