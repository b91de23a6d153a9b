using GraphQL;
using GraphQL.Types;
using Modular.Shared.Access;
using Modular.Shared.Accounts;
using Modular.Shared.Units;

namespace Modular.Shared.GraphQL;

/// <summary>The register's fields: the signed-in user, the users of a subtree, sign-in and account changes.</summary>
internal static class AccountFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<UserType>>("me")
            .Description("The signed-in user.")
            .ResolveAsync(async c => await c.Service<AccountCommands>().MeAsync(c.CancellationToken));
        query.Field<NonNullGraphType<UserPageType>>("users")
            .RequireRole(Role.Manager)
            .Description("Accounts of a unit and the units below it (default the caller's), by user name; managers and admins.")
            .Argument<StringGraphType>("unitCode")
            .Argument<StringGraphType>("search", a => a.Description = "Part of the user name or full name, with or without accents.")
            .Argument<BooleanGraphType>("includeInactive", a => a.DefaultValue = false)
            .Paged()
            .ResolveAsync(async c => await c.Service<AccountCommands>().ListAsync(
                c.GetArgument<string?>("unitCode"), c.GetArgument<string?>("search"), c.GetArgument<bool>("includeInactive"), PageRequest.From(c), c.CancellationToken));
        query.Field<NonNullGraphType<UserType>>("user")
            .RequireRole(Role.Manager)
            .Argument<NonNullGraphType<StringGraphType>>("userName")
            .ResolveAsync(async c => await c.Service<AccountCommands>().FindAsync(c.GetArgument<string>("userName"), c.CancellationToken));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<SignInResultType>>("signIn")
            .Description("Checks a user name and password and answers a bearer token; the one field anonymous callers may use. Five wrong passwords in a row lock the account for 15 minutes.")
            .Argument<NonNullGraphType<StringGraphType>>("userName")
            .Argument<NonNullGraphType<StringGraphType>>("password")
            .ResolveAsync(async c => await c.Service<AccountCommands>().SignInAsync(c.GetArgument<string>("userName"), c.GetArgument<string>("password"), c.CancellationToken));
        mutation.Field<NonNullGraphType<SignInResultType>>("changePassword")
            .Description("Changes the signed-in user's own password; her other sessions end and a new token is answered.")
            .Argument<NonNullGraphType<StringGraphType>>("currentPassword")
            .Argument<NonNullGraphType<StringGraphType>>("newPassword")
            .ResolveAsync(async c => await c.Service<AccountCommands>().ChangePasswordAsync(c.GetArgument<string>("currentPassword"), c.GetArgument<string>("newPassword"), c.CancellationToken));
        mutation.Field<NonNullGraphType<UserType>>("createUser")
            .RequireRole(Role.Manager)
            .Description("Creates an account at a unit of the caller's subtree, with a role no higher than hers.")
            .Argument<NonNullGraphType<CreateUserInputType>>("input")
            .ResolveAsync(async c => await c.Service<AccountCommands>().CreateAsync(c.GetArgument<CreateUserInput>("input"), c.CancellationToken));
        mutation.Field<NonNullGraphType<UserType>>("updateUser")
            .RequireRole(Role.Manager)
            .Description("Changes an account's name, unit, role or whether it is active; a change of role, unit or activity signs her out.")
            .Argument<NonNullGraphType<StringGraphType>>("userName")
            .Argument<NonNullGraphType<UpdateUserInputType>>("input")
            .ResolveAsync(async c => await c.Service<AccountCommands>().UpdateAsync(c.GetArgument<string>("userName"), c.GetArgument<UpdateUserInput>("input"), c.CancellationToken));
        mutation.Field<NonNullGraphType<UserType>>("resetPassword")
            .RequireRole(Role.Manager)
            .Description("Sets a new password for an account the caller manages and lifts its lockout.")
            .Argument<NonNullGraphType<StringGraphType>>("userName")
            .Argument<NonNullGraphType<StringGraphType>>("password")
            .ResolveAsync(async c => await c.Service<AccountCommands>().ResetPasswordAsync(c.GetArgument<string>("userName"), c.GetArgument<string>("password"), c.CancellationToken));
    }
}

internal sealed class RoleEnum : EnumerationGraphType
{
    public RoleEnum()
    {
        Name = "Role";
        Description = "What a user may do, over her unit and the units below it; each role includes the ones before it.";
        Add("VIEWER", Role.Viewer, "Người xem: tiến độ và hồ sơ.");
        Add("REPORTER", Role.Reporter, "Cán bộ báo cáo: cũng ghi hồ sơ và số liệu báo cáo.");
        Add("MANAGER", Role.Manager, "Cán bộ quản lý: cũng bật tắt mô-đun, giao chỉ tiêu, quản lý tài khoản, xem nhật ký.");
        Add("ADMIN", Role.Admin, "Quản trị viên: ở cấp tỉnh cũng sửa kế hoạch, chỉ tiêu và đơn vị.");
    }
}

internal sealed class UserType : ObjectGraphType<UserView>
{
    public UserType()
    {
        Name = "User";
        Description = "A user account.";
        Field(u => u.UserName).Description("What she signs in with.");
        Field(u => u.DisplayName).Description("Her full name.");
        Field<NonNullGraphType<RoleEnum>>("role").Resolve(c => c.Source.Role);
        Field<NonNullGraphType<UnitType>>("unit").ResolveAsync(async c => (await c.Service<UnitDirectory>().LoadTreeAsync(c.CancellationToken)).Find(c.Source.UnitId));
        Field(u => u.Active).Description("False once disabled: she can no longer sign in.");
        Field(u => u.Registered).Description("False for a token the server's token command signed for a name not in the register.");
        Field<DateTimeOffsetGraphType>("lockedUntil").Description("Sign-in refused until then after too many wrong passwords.").Resolve(c => c.Source.LockedUntil);
        Field<DateTimeOffsetGraphType>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<DateTimeOffsetGraphType>("lastSignInAt").Resolve(c => c.Source.LastSignInAt);
    }
}

internal sealed class UserPageType() : PageGraphType<UserView, UserType>("UserPage");

internal sealed class SignInResultType : ObjectGraphType<SignInResult>
{
    public SignInResultType()
    {
        Name = "SignInResult";
        Field<NonNullGraphType<StringGraphType>>("token").Description("Send it as Authorization: Bearer <token>.").Resolve(c => c.Source.Token.Token);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("expiresAt").Resolve(c => c.Source.Token.ExpiresAt);
        Field<NonNullGraphType<UserType>>("user").Resolve(c => c.Source.User);
    }
}

internal sealed class CreateUserInputType : InputObjectGraphType<CreateUserInput>
{
    public CreateUserInputType()
    {
        Name = "CreateUserInput";
        Field(i => i.UserName).Description("3 to 50 characters: lower-case letters without accents, digits, '.', '-', '_'.");
        Field(i => i.DisplayName);
        Field(i => i.UnitCode);
        Field<NonNullGraphType<RoleEnum>>("role");
        Field(i => i.Password).Description(PasswordPolicy.Rule);
    }
}

internal sealed class UpdateUserInputType : InputObjectGraphType<UpdateUserInput>
{
    public UpdateUserInputType()
    {
        Name = "UpdateUserInput";
        Field(i => i.DisplayName, nullable: true);
        Field(i => i.UnitCode, nullable: true);
        Field<RoleEnum>("role");
        Field(i => i.Active, nullable: true);
    }
}
