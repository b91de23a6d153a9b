using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Host.Tests;

/// <summary>The user register: sign-in with lockout, accounts kept by managers inside their subtree, every change audited.</summary>
public sealed class AccountTests : IDisposable
{
    private const string Password = "Hoilhpn2025";

    private const string SignIn = "mutation($u: String!, $p: String!) { signIn(userName: $u, password: $p) { token expiresAt user { userName displayName role unit { code } } } }";

    private const string CreateUser = """
        mutation($u: String!, $n: String!, $unit: String!, $role: Role!, $p: String!) {
          createUser(input: { userName: $u, displayName: $n, unitCode: $unit, role: $role, password: $p }) { userName displayName role active unit { code } }
        }
        """;

    private readonly AccessTestProduct _product = new();

    [Fact]
    public async Task Created_user_signs_in_and_her_token_carries_her_unit_and_role()
    {
        var admin = _product.ClientFor("56", Role.Admin);
        await admin.DataAsync(CreateUser, new { u = "Lan.NT", n = "Nguyễn Thị Lan", unit = "22330", role = "REPORTER", p = Password });

        var data = await _product.AnonymousClient().DataAsync(SignIn, new { u = "lan.nt", p = Password });

        var user = data["signIn"]!["user"]!;
        Assert.Equal("lan.nt", user["userName"]!.GetValue<string>());
        Assert.Equal("Nguyễn Thị Lan", user["displayName"]!.GetValue<string>());
        Assert.Equal("REPORTER", user["role"]!.GetValue<string>());
        var me = await _product.ClientWithToken(data["signIn"]!["token"]!.GetValue<string>()).DataAsync("{ me { userName role registered unit { code } } }");
        Assert.Equal("22330", me["me"]!["unit"]!["code"]!.GetValue<string>());
        Assert.True(me["me"]!["registered"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Wrong_password_and_unknown_user_get_the_same_refusal()
    {
        await CreateAsync("lan.nt", "22330", "REPORTER");

        var wrong = await _product.AnonymousClient().ErrorAsync(SignIn, new { u = "lan.nt", p = "Sai2025abc" });
        var unknown = await _product.AnonymousClient().ErrorAsync(SignIn, new { u = "khong.co", p = Password });

        Assert.Equal("UNAUTHENTICATED", wrong.Code);
        Assert.Equal("Tên đăng nhập hoặc mật khẩu không đúng.", wrong.Message);
        Assert.Equal(wrong.Message, unknown.Message);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_until_a_manager_resets_it()
    {
        await CreateAsync("lan.nt", "22330", "REPORTER");
        var anonymous = _product.AnonymousClient();
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal("Tên đăng nhập hoặc mật khẩu không đúng.", (await anonymous.ErrorAsync(SignIn, new { u = "lan.nt", p = "Sai2025abc" })).Message);
        }

        var fifth = await anonymous.ErrorAsync(SignIn, new { u = "lan.nt", p = "Sai2025abc" });
        var rightButLocked = await anonymous.ErrorAsync(SignIn, new { u = "lan.nt", p = Password });

        Assert.Contains("tạm khóa", fifth.Message, StringComparison.Ordinal);
        Assert.Contains("tạm khóa", rightButLocked.Message, StringComparison.Ordinal);
        await _product.ClientFor("568", Role.Manager).DataAsync(
            "mutation { resetPassword(userName: \"lan.nt\", password: \"Moi2025abcd\") { lockedUntil } }");
        await anonymous.DataAsync(SignIn, new { u = "lan.nt", p = "Moi2025abcd" });
    }

    [Fact]
    public async Task A_good_sign_in_clears_the_count_of_wrong_passwords()
    {
        await CreateAsync("lan.nt", "22330", "REPORTER");
        var anonymous = _product.AnonymousClient();
        for (var i = 0; i < 4; i++)
        {
            await anonymous.ErrorAsync(SignIn, new { u = "lan.nt", p = "Sai2025abc" });
        }

        await anonymous.DataAsync(SignIn, new { u = "lan.nt", p = Password });
        var next = await anonymous.ErrorAsync(SignIn, new { u = "lan.nt", p = "Sai2025abc" });

        Assert.DoesNotContain("tạm khóa", next.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Manager_cannot_create_a_user_outside_her_subtree_and_nothing_is_written()
    {
        var writes = await _product.WritesAsync();

        var error = await _product.ClientFor("568", Role.Manager).ErrorAsync(CreateUser, new { u = "cam.nghia", n = "Trần Thị Mai", unit = "22408", role = "VIEWER", p = Password });

        Assert.Equal("FORBIDDEN", error.Code);
        Assert.Equal(writes, await _product.WritesAsync());
        Assert.Equal("UNAUTHENTICATED", (await _product.AnonymousClient().ErrorAsync(SignIn, new { u = "cam.nghia", p = Password })).Code);
    }

    [Fact]
    public async Task Manager_cannot_give_a_role_above_her_own()
    {
        var error = await _product.ClientFor("568", Role.Manager).ErrorAsync(CreateUser, new { u = "vinh.hai", n = "Lê Thị Hoa", unit = "22330", role = "ADMIN", p = Password });

        Assert.Equal("FORBIDDEN", error.Code);
        Assert.Equal("role", error.Field);
    }

    [Fact]
    public async Task Manager_cannot_change_an_account_above_her_role()
    {
        await CreateAsync("admin.nt", "568", "ADMIN");

        var error = await _product.ClientFor("568", Role.Manager).ErrorAsync("mutation { updateUser(userName: \"admin.nt\", input: { active: false }) { active } }");

        Assert.Equal("FORBIDDEN", error.Code);
    }

    [Fact]
    public async Task Users_lists_only_the_managers_subtree()
    {
        await CreateAsync("lan.nt", "22330", "REPORTER");
        await CreateAsync("mai.cr", "22408", "REPORTER");

        var data = await _product.ClientFor("568", Role.Manager).DataAsync("{ users { totalCount items { userName } } }");

        Assert.Equal(["lan.nt"], data["users"]!["items"]!.AsArray().Select(i => i!["userName"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Weak_password_is_refused_at_its_field()
    {
        var error = await _product.ClientFor("56", Role.Admin).ErrorAsync(CreateUser, new { u = "lan.nt", n = "Nguyễn Thị Lan", unit = "22330", role = "VIEWER", p = "12345678" });

        Assert.Equal("VALIDATION", error.Code);
        Assert.Equal("password", error.Field);
    }

    [Fact]
    public async Task Disabling_a_user_ends_her_session_and_her_sign_in()
    {
        await CreateAsync("lan.nt", "22330", "REPORTER");
        var token = (await _product.AnonymousClient().DataAsync(SignIn, new { u = "lan.nt", p = Password }))["signIn"]!["token"]!.GetValue<string>();

        await _product.ClientFor("568", Role.Manager).DataAsync("mutation { updateUser(userName: \"lan.nt\", input: { active: false }) { active } }");

        Assert.Equal(HttpStatusCode.Unauthorized, (await _product.ClientWithToken(token).SendAsync("{ me { userName } }")).Status);
        Assert.Contains("ngừng hoạt động", (await _product.AnonymousClient().ErrorAsync(SignIn, new { u = "lan.nt", p = Password })).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_her_password_gives_a_new_token_and_retires_the_old_one()
    {
        await CreateAsync("lan.nt", "22330", "REPORTER");
        var old = (await _product.AnonymousClient().DataAsync(SignIn, new { u = "lan.nt", p = Password }))["signIn"]!["token"]!.GetValue<string>();

        var changed = await _product.ClientWithToken(old).DataAsync("mutation { changePassword(currentPassword: \"Hoilhpn2025\", newPassword: \"Matkhau2026moi\") { token } }");

        Assert.Equal(HttpStatusCode.Unauthorized, (await _product.ClientWithToken(old).SendAsync("{ me { userName } }")).Status);
        await _product.ClientWithToken(changed["changePassword"]!["token"]!.GetValue<string>()).DataAsync("{ me { userName } }");
        await _product.AnonymousClient().DataAsync(SignIn, new { u = "lan.nt", p = "Matkhau2026moi" });
    }

    [Fact]
    public async Task Account_changes_are_audited_without_the_password_hash()
    {
        await CreateAsync("lan.nt", "22330", "REPORTER");
        await _product.ClientFor("568", Role.Manager).DataAsync("mutation { updateUser(userName: \"lan.nt\", input: { role: VIEWER }) { role } }");

        var data = await _product.ClientFor("568", Role.Manager).DataAsync("{ auditTrail(unitCode: \"22330\") { items { user action entity before after } } }");

        var items = data["auditTrail"]!["items"]!.AsArray().Where(i => i!["entity"]!.GetValue<string>() == "UserAccount").ToList();
        Assert.Equal(["update", "create"], items.Select(i => i!["action"]!.GetValue<string>()));
        Assert.Equal("manager-568", items[0]!["user"]!.GetValue<string>());
        Assert.Equal("Reporter", JsonNode.Parse(items[0]!["before"]!.GetValue<string>())!["Role"]!.GetValue<string>());
        Assert.Equal("Viewer", JsonNode.Parse(items[0]!["after"]!.GetValue<string>())!["Role"]!.GetValue<string>());
        Assert.All(items, i => Assert.DoesNotContain("PasswordHash", i!.ToJsonString(), StringComparison.Ordinal));
        Assert.All(items, i => Assert.DoesNotContain("SecurityStamp", i!.ToJsonString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Anonymous_caller_may_sign_in_but_nothing_more_in_the_same_request()
    {
        await CreateAsync("lan.nt", "22330", "REPORTER");

        var response = await _product.AnonymousClient().SendAsync(
            "mutation { signIn(userName: \"lan.nt\", password: \"Hoilhpn2025\") { token } " + AccessTestProduct.ReportValue("22330", 3)[10..]);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Empty(await _product.ReportedValuesAsync("22330"));
    }

    [Fact]
    public async Task Add_user_command_creates_the_first_admin_of_a_new_data_folder()
    {
        var host = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", ["exec", host, "add-user", "--user", "admin.tinh", "--name", "Phạm Thị Hương", "--unit", "56", "--role", "admin", $"--Storage:Sqlite:Directory={_product.DataDirectory}"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(host)!,
        };
        using (var process = Process.Start(start)!)
        {
            await process.StandardInput.WriteLineAsync(Password);
            process.StandardInput.Close();
            var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, output);
        }

        var data = await _product.AnonymousClient().DataAsync(SignIn, new { u = "admin.tinh", p = Password });

        Assert.Equal("ADMIN", data["signIn"]!["user"]!["role"]!.GetValue<string>());
        Assert.Equal("Phạm Thị Hương", data["signIn"]!["user"]!["displayName"]!.GetValue<string>());
    }

    public void Dispose() => _product.Dispose();

    private Task<JsonNode> CreateAsync(string userName, string unitCode, string role) =>
        _product.ClientFor("56", Role.Admin).DataAsync(CreateUser, new { u = userName, n = "Người dùng thử", unit = unitCode, role, p = Password });
}
