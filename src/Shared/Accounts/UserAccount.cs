using Modular.Shared.Access;
using Modular.Shared.Storage;

namespace Modular.Shared.Accounts;

/// <summary>A person who signs in: her unit and role, and her password as a hash (never in clear, never in the audit trail).</summary>
public sealed class UserAccount : IUnitOwned
{
    public int Id { get; set; }

    /// <summary>What she types to sign in: lower case letters, digits, dots, dashes and underscores.</summary>
    public required string UserName { get; set; }

    /// <summary>Her full name, as shown to others: "Nguyễn Thị Lan".</summary>
    public required string DisplayName { get; set; }

    public int UnitId { get; set; }

    public Role Role { get; set; }

    /// <summary>False once a manager disables the account: it can no longer sign in, and its sessions end.</summary>
    public bool Active { get; set; } = true;

    /// <summary>ASP.NET Core Identity's password hash (PBKDF2 with a salt).</summary>
    public required string PasswordHash { get; set; }

    /// <summary>Changes whenever the role, unit, password or active flag changes, so earlier sessions and tokens stop working.</summary>
    public required string SecurityStamp { get; set; }

    /// <summary>Wrong passwords in a row since the last good sign-in.</summary>
    public int FailedSignIns { get; set; }

    /// <summary>Sign-in is refused until then after too many wrong passwords.</summary>
    public DateTimeOffset? LockedUntil { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastSignInAt { get; set; }
}
