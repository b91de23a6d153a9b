using Microsoft.Playwright;

namespace Modular.Web.Tests;

/// <summary>Signing in and out in the browser: the session cookie, wrong passwords and the lockout.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class SignInTests(BrowserFixture browser) : IDisposable
{
    private readonly WebProduct _product = new();

    [SkippableFact]
    public async Task Anonymous_visitor_is_sent_to_sign_in_and_back_to_the_page_she_asked_for()
    {
        await _product.AddUserAsync("lan.nt", "22330", "REPORTER");
        var page = await browser.NewPageAsync(_product);

        await page.GotoAsync("/so-lieu");
        Assert.StartsWith("/dang-nhap", page.Here(), StringComparison.Ordinal);
        await page.GetByLabel("Tên đăng nhập").FillAsync("lan.nt");
        await page.GetByLabel("Mật khẩu").FillAsync(WebProduct.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();

        await page.WaitForPageAsync("**/so-lieu");
        Assert.Contains("Nguyễn Thị Lan", await page.TextAsync(".who"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Session_cookie_is_http_only_and_same_site_and_signing_out_ends_it()
    {
        await _product.AddUserAsync("lan.nt", "22330", "REPORTER");
        var page = await browser.NewPageAsync(_product);
        await page.SignInAsync("lan.nt");

        var cookie = Assert.Single(await page.Context.CookiesAsync(), c => c.Name == "hlhpn-session");
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteAttribute.Lax, cookie.SameSite);
        Assert.Equal(0, await page.EvaluateAsync<int>("document.cookie.indexOf('hlhpn-session') + 1"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        await page.WaitForPageAsync("**/dang-nhap**");
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == "hlhpn-session");
        await page.GotoAsync("/");
        Assert.StartsWith("/dang-nhap", page.Here(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Wrong_password_is_refused_and_the_name_stays_typed()
    {
        await _product.AddUserAsync("lan.nt", "22330", "REPORTER");
        var page = await browser.NewPageAsync(_product);

        await page.SignInAsync("lan.nt", "Sai2025abc");

        Assert.Equal("Tên đăng nhập hoặc mật khẩu không đúng.", await page.TextAsync("[role=alert]"));
        Assert.Equal("lan.nt", await page.GetByLabel("Tên đăng nhập").InputValueAsync());
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == "hlhpn-session");
    }

    [SkippableFact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        await _product.AddUserAsync("lan.nt", "22330", "REPORTER");
        var page = await browser.NewPageAsync(_product);
        for (var i = 0; i < 5; i++)
        {
            await page.SignInAsync("lan.nt", "Sai2025abc");
        }

        await page.SignInAsync("lan.nt");

        Assert.Contains("tạm khóa", await page.TextAsync("[role=alert]"), StringComparison.Ordinal);
        Assert.StartsWith("/dang-nhap", page.Here(), StringComparison.Ordinal);
    }

    public void Dispose() => _product.Dispose();
}
