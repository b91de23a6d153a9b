using Microsoft.Playwright;

namespace Modular.Web.Tests;

/// <summary>What a person does in the browser, in a few words.</summary>
public static class Browsing
{
    public static async Task SignInAsync(this IPage page, string userName, string password = WebProduct.Password)
    {
        await page.GotoAsync("/dang-nhap");
        await page.GetByLabel("Tên đăng nhập").FillAsync(userName);
        await page.GetByLabel("Mật khẩu").FillAsync(password);
        await page.EvaluateAsync("() => { window.signInSent = true; }");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        // The answer's own document, fully loaded, found by polling: a load event can fire between a check and a wait.
        await page.WaitForFunctionAsync("() => window.signInSent !== true && document.readyState === 'complete'");
    }

    /// <summary>
    /// Waits for the browser to show a page whose address matches the glob, fully loaded. Playwright's own wait for the
    /// load event after a navigation can miss an event that fires between its check and its wait (seen on a loaded
    /// machine): the navigation is awaited to its commit, and the document's readiness is then polled.
    /// </summary>
    public static async Task WaitForPageAsync(this IPage page, string urlGlob)
    {
        await page.WaitForURLAsync(urlGlob, new() { WaitUntil = WaitUntilState.Commit });
        await page.WaitForFunctionAsync("() => document.readyState === 'complete'");
    }

    /// <summary>The trimmed text of the first element matching the selector.</summary>
    public static async Task<string> TextAsync(this IPage page, string selector) => (await page.Locator(selector).First.InnerTextAsync()).Trim();

    /// <summary>Goes to a page that must answer 200.</summary>
    public static async Task OpenAsync(this IPage page, string url)
    {
        var response = await page.GotoAsync(url);
        Assert.True(response?.Status == 200, $"{url} answered {response?.Status}");
    }

    /// <summary>The path and query the browser shows.</summary>
    public static string Here(this IPage page) => new Uri(page.Url).PathAndQuery;
}
