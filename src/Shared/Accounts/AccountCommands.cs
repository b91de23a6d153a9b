using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Modular.Shared.Access;
using Modular.Shared.Data;
using Modular.Shared.GraphQL;
using Modular.Shared.Storage;
using Modular.Shared.Units;
using Modular.Shared.Validation;

namespace Modular.Shared.Accounts;

/// <summary>Input of <c>createUser</c>.</summary>
public sealed record CreateUserInput(string UserName, string DisplayName, string UnitCode, Role Role, string Password);

/// <summary>Input of <c>updateUser</c>: only the fields given change.</summary>
public sealed record UpdateUserInput(string? DisplayName, string? UnitCode, Role? Role, bool? Active);

/// <summary>A user as the API shows her; <see cref="Registered"/> is false for a token the <c>token</c> command signed for a name not in the register.</summary>
public sealed record UserView(
    string UserName, string DisplayName, Role Role, int UnitId, bool Active, bool Registered, DateTimeOffset? LockedUntil, DateTimeOffset? CreatedAt, DateTimeOffset? LastSignInAt);

/// <summary>What a successful sign-in answers: the bearer token and who it is for.</summary>
public sealed record SignInResult(AccessToken Token, UserView User);

/// <summary>
/// The user register: sign-in with lockout, and the accounts managers and admins keep for their subtree. A manager
/// never gives a role above her own nor touches an account above it. Every change is audited like any write; the
/// sign-in counters are not account changes and are written beside the audit.
/// </summary>
public sealed partial class AccountCommands(
    IDbContextFactory<CoreDbContext> factory,
    UnitDirectory directory,
    UnitAccess access,
    AdminGuard guard,
    IAccessTokenIssuer tokens,
    TimeProvider clock)
{
    /// <summary>Wrong passwords in a row that lock the account.</summary>
    public const int MaxFailedSignIns = 5;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>How long a sign-in lasts.</summary>
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(8);

    // A valid hash of a random password: verifying against it costs what a real verification costs.
    private static readonly string DummyHash = new PasswordHasher<UserAccount>().HashPassword(
        new UserAccount { UserName = "", DisplayName = "", PasswordHash = "", SecurityStamp = "" }, Convert.ToHexString(RandomNumberGenerator.GetBytes(16)));

    private const string WrongCredentials = "Tên đăng nhập hoặc mật khẩu không đúng.";

    private readonly PasswordHasher<UserAccount> _hasher = new();

    public async Task<SignInResult> SignInAsync(string userName, string password, CancellationToken cancellationToken)
    {
        var name = NormalizeUserName(userName);
        // Failed attempts and lockouts are kept even though the request that made them is refused.
        await using var db = await factory.CreateIndependentContextAsync(cancellationToken);
        var account = name is null ? null : await db.UserAccounts.SingleOrDefaultAsync(u => u.UserName == name, cancellationToken);
        if (account is null)
        {
            // Hash anyway, so an unknown name takes as long as a wrong password.
            _hasher.VerifyHashedPassword(new UserAccount { UserName = "", DisplayName = "", PasswordHash = "", SecurityStamp = "" }, DummyHash, password);
            throw new DomainException(ErrorCodes.Unauthenticated, WrongCredentials);
        }

        var now = clock.GetUtcNow();
        if (account.LockedUntil > now)
        {
            throw Locked(account.LockedUntil.Value);
        }

        var verdict = _hasher.VerifyHashedPassword(account, account.PasswordHash, password ?? "");
        if (verdict == PasswordVerificationResult.Failed)
        {
            if (account.FailedSignIns + 1 >= MaxFailedSignIns)
            {
                account.FailedSignIns = 0;
                account.LockedUntil = now + LockoutDuration;
                await db.SaveChangesAsync(cancellationToken); // the lockout is an account change: audited
                throw Locked(account.LockedUntil.Value);
            }

            await db.UserAccounts.Where(u => u.Id == account.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.FailedSignIns, u => u.FailedSignIns + 1), cancellationToken);
            throw new DomainException(ErrorCodes.Unauthenticated, WrongCredentials);
        }

        if (!account.Active)
        {
            throw new DomainException(ErrorCodes.Unauthenticated, $"Tài khoản {account.UserName} đã ngừng hoạt động; liên hệ cán bộ quản lý của đơn vị.");
        }

        var hash = verdict == PasswordVerificationResult.SuccessRehashNeeded ? _hasher.HashPassword(account, password!) : account.PasswordHash;
        await db.UserAccounts.Where(u => u.Id == account.Id).ExecuteUpdateAsync(
            s => s.SetProperty(u => u.FailedSignIns, 0).SetProperty(u => u.LockedUntil, (DateTimeOffset?)null)
                .SetProperty(u => u.LastSignInAt, now).SetProperty(u => u.PasswordHash, hash),
            cancellationToken);
        account.LastSignInAt = now;
        var tree = await directory.LoadTreeAsync(cancellationToken); // after the independent writes: the session may hold the store from here on
        var unit = tree.Find(account.UnitId)!;
        return new SignInResult(tokens.Issue(account.UserName, unit.Code, account.Role, account.SecurityStamp, SessionLifetime), View(account));
    }

    /// <summary>Whether a token's account still stands as it was signed: active, and nothing changed its security stamp since.</summary>
    public async Task<bool> IsCurrentAsync(string userName, string securityStamp, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.UserAccounts.AnyAsync(u => u.UserName == userName && u.SecurityStamp == securityStamp && u.Active, cancellationToken);
    }

    /// <summary>The signed-in user: her account, or what her token says when the <c>token</c> command signed it for a name not in the register.</summary>
    public async Task<UserView> MeAsync(CancellationToken cancellationToken)
    {
        var caller = access.RequireCaller();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var account = await db.UserAccounts.AsNoTracking().SingleOrDefaultAsync(u => u.UserName == caller.UserName, cancellationToken);
        if (account is not null)
        {
            return View(account);
        }

        var unit = access.CallerUnit(await directory.LoadTreeAsync(cancellationToken));
        return new UserView(caller.UserName, caller.UserName, caller.Role, unit.Id, true, false, null, null, null);
    }

    public async Task<Page<UserView>> ListAsync(string? unitCode, string? search, bool includeInactive, PageRequest page, CancellationToken cancellationToken)
    {
        var tree = await directory.LoadTreeAsync(cancellationToken);
        var root = unitCode is null ? access.CallerUnit(tree) : tree.Require(unitCode);
        guard.EnsureRoleOver(tree, root, Role.Manager);
        var units = tree.Subtree(root).Select(u => u.Id).ToHashSet();
        var folded = VietnameseText.Clean(search) is { } s ? VietnameseText.Fold(s) : null;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var accounts = await db.UserAccounts.AsNoTracking().Where(u => includeInactive || u.Active).ToListAsync(cancellationToken);
        var matching = accounts
            .Where(u => units.Contains(u.UnitId))
            .Where(u => folded is null || VietnameseText.Fold(u.UserName).Contains(folded, StringComparison.Ordinal) || VietnameseText.Fold(u.DisplayName).Contains(folded, StringComparison.Ordinal))
            .OrderBy(u => u.UserName, StringComparer.Ordinal)
            .ToList();
        return new Page<UserView>(matching.Skip(page.Skip).Take(page.Take).Select(View).ToList(), matching.Count, page.Skip, page.Take);
    }

    public async Task<UserView> FindAsync(string userName, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var (account, _) = await RequireManagedAsync(db, userName, cancellationToken);
        return View(account);
    }

    public async Task<UserView> CreateAsync(CreateUserInput input, CancellationToken cancellationToken)
    {
        var caller = access.RequireCaller();
        var tree = await directory.LoadTreeAsync(cancellationToken);
        var unit = tree.Require(input.UnitCode);
        guard.EnsureRoleOver(tree, unit, Role.Manager);
        EnsureRoleWithin(caller, input.Role);
        EnsureInForce(unit);
        await new CreateUserValidator().ValidateAndThrowAsync(input, cancellationToken);
        var userName = NormalizeUserName(input.UserName)!;

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (await db.UserAccounts.AnyAsync(u => u.UserName == userName, cancellationToken))
        {
            throw new DomainException(ErrorCodes.Conflict, $"Tên đăng nhập {userName} đã có người dùng.", "userName");
        }

        var account = new UserAccount
        {
            UserName = userName,
            DisplayName = VietnameseText.Clean(input.DisplayName)!,
            UnitId = unit.Id,
            Role = input.Role,
            PasswordHash = "",
            SecurityStamp = NewStamp(),
            CreatedAt = clock.GetUtcNow(),
        };
        account.PasswordHash = _hasher.HashPassword(account, input.Password);
        db.UserAccounts.Add(account);
        await db.SaveChangesAsync(cancellationToken);
        return View(account);
    }

    public async Task<UserView> UpdateAsync(string userName, UpdateUserInput input, CancellationToken cancellationToken)
    {
        var caller = access.RequireCaller();
        await new UpdateUserValidator().ValidateAndThrowAsync(input, cancellationToken);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var (account, tree) = await RequireManagedAsync(db, userName, cancellationToken);
        var self = account.UserName == caller.UserName;
        var unitId = account.UnitId;
        if (input.UnitCode is not null)
        {
            var unit = tree.Require(input.UnitCode);
            guard.EnsureRoleOver(tree, unit, Role.Manager);
            EnsureInForce(unit);
            unitId = unit.Id;
        }

        var role = input.Role ?? account.Role;
        EnsureRoleWithin(caller, role);
        var active = input.Active ?? account.Active;
        if (self && (!active || role < account.Role || unitId != account.UnitId))
        {
            throw new DomainException(ErrorCodes.Validation, "Không thể tự ngừng tài khoản, hạ vai trò hay chuyển đơn vị của chính mình; nhờ cán bộ quản lý khác.", input.Active is false ? "active" : input.Role is not null ? "role" : "unitCode");
        }

        if (input.DisplayName is not null)
        {
            account.DisplayName = VietnameseText.Clean(input.DisplayName)!;
        }

        if (role != account.Role || unitId != account.UnitId || active != account.Active)
        {
            account.SecurityStamp = NewStamp(); // signs her out everywhere: her tokens name the old role and unit
            if (active && !account.Active)
            {
                account.FailedSignIns = 0;
                account.LockedUntil = null;
            }
        }

        account.Role = role;
        account.UnitId = unitId;
        account.Active = active;
        await db.SaveChangesAsync(cancellationToken);
        return View(account);
    }

    /// <summary>A manager sets a new password for an account she manages; it also lifts a lockout.</summary>
    public async Task<UserView> ResetPasswordAsync(string userName, string password, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var (account, _) = await RequireManagedAsync(db, userName, cancellationToken);
        SetPassword(account, password);
        account.FailedSignIns = 0;
        account.LockedUntil = null;
        await db.SaveChangesAsync(cancellationToken);
        return View(account);
    }

    /// <summary>The signed-in user changes her own password; her other sessions end, and she gets a new token.</summary>
    public async Task<SignInResult> ChangePasswordAsync(string currentPassword, string newPassword, CancellationToken cancellationToken)
    {
        var caller = access.RequireCaller();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var account = await db.UserAccounts.SingleOrDefaultAsync(u => u.UserName == caller.UserName, cancellationToken)
            ?? throw new DomainException(ErrorCodes.NotFound, $"Tài khoản {caller.UserName} không có trong danh sách người dùng; mật khẩu do máy chủ cấp mã truy cập.");
        if (_hasher.VerifyHashedPassword(account, account.PasswordHash, currentPassword ?? "") == PasswordVerificationResult.Failed)
        {
            throw new DomainException(ErrorCodes.Validation, "Mật khẩu hiện tại không đúng.", "currentPassword");
        }

        SetPassword(account, newPassword, "newPassword");
        await db.SaveChangesAsync(cancellationToken);
        var unit = (await directory.LoadTreeAsync(cancellationToken)).Find(account.UnitId)!;
        return new SignInResult(tokens.Issue(account.UserName, unit.Code, account.Role, account.SecurityStamp, SessionLifetime), View(account));
    }

    /// <summary>Lower-cased and trimmed, or null when it is not a valid user name.</summary>
    public static string? NormalizeUserName(string? userName)
    {
        var name = userName?.Trim().ToLowerInvariant();
        return name is not null && UserNamePattern().IsMatch(name) ? name : null;
    }

    private void SetPassword(UserAccount account, string password, string field = "password")
    {
        if (PasswordPolicy.Problem(password, account.UserName) is { } problem)
        {
            throw new DomainException(ErrorCodes.Validation, problem, field);
        }

        account.PasswordHash = _hasher.HashPassword(account, password);
        account.SecurityStamp = NewStamp();
    }

    /// <summary>The account, which must lie in the caller's subtree and hold a role no higher than hers.</summary>
    private async Task<(UserAccount Account, UnitTree Tree)> RequireManagedAsync(CoreDbContext db, string userName, CancellationToken cancellationToken)
    {
        var caller = access.RequireCaller();
        var name = NormalizeUserName(userName);
        var account = name is null ? null : await db.UserAccounts.SingleOrDefaultAsync(u => u.UserName == name, cancellationToken);
        var tree = await directory.LoadTreeAsync(cancellationToken);
        if (account is null || !access.CanSee(tree, account.UnitId))
        {
            throw new DomainException(ErrorCodes.NotFound, $"Không có tài khoản {userName} trong phạm vi đơn vị của tài khoản.", "userName");
        }

        guard.EnsureRoleOver(tree, tree.Find(account.UnitId)!, Role.Manager);
        if (account.Role > caller.Role)
        {
            throw new DomainException(ErrorCodes.Forbidden, $"Tài khoản {account.UserName} có vai trò {RoleNames.Of(account.Role)}, cao hơn vai trò của bạn: không thể sửa.");
        }

        return (account, tree);
    }

    private static void EnsureRoleWithin(Caller caller, Role role)
    {
        if (role > caller.Role)
        {
            throw new DomainException(ErrorCodes.Forbidden, $"Không thể giao vai trò {RoleNames.Of(role)}, cao hơn vai trò của bạn ({RoleNames.Of(caller.Role)}).", "role");
        }
    }

    private void EnsureInForce(Unit unit)
    {
        var today = clock.Today();
        if (!unit.IsInForceOn(today))
        {
            throw new DomainException(ErrorCodes.Validation, $"{unit.Name} không còn hoạt động vào ngày {today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}.", "unitCode");
        }
    }

    private DomainException Locked(DateTimeOffset until) => new(
        ErrorCodes.Unauthenticated,
        $"Tài khoản tạm khóa vì nhập sai mật khẩu {MaxFailedSignIns} lần liền; thử lại sau {TimeZoneInfo.ConvertTime(until, clock.LocalTimeZone):HH:mm dd/MM/yyyy}.");

    private static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    private static UserView View(UserAccount a) =>
        new(a.UserName, a.DisplayName, a.Role, a.UnitId, a.Active, true, a.LockedUntil, a.CreatedAt, a.LastSignInAt);

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{2,49}$")]
    private static partial Regex UserNamePattern();
}

/// <summary>Roles in Vietnamese, as messages and pages name them.</summary>
public static class RoleNames
{
    public static string Of(Role role) => role switch
    {
        Role.Viewer => "người xem",
        Role.Reporter => "cán bộ báo cáo",
        Role.Manager => "cán bộ quản lý",
        Role.Admin => "quản trị viên",
        _ => role.ToString(),
    };
}
