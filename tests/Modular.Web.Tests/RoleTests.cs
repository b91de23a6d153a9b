using Microsoft.Playwright;

namespace Modular.Web.Tests;

/// <summary>What each role sees, and that the server refuses what the page does not offer.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class RoleTests(BrowserFixture browser) : IDisposable
{
    private const string HouseholdCount = "{ economy { households(unitCode: \"22330\") { totalCount } } }";

    private readonly WebProduct _product = new();

    [SkippableFact]
    public async Task A_viewer_sees_no_edit_controls()
    {
        await SeedHouseholdAsync();
        await _product.AddUserAsync("xem.vh", "22330", "VIEWER");
        var page = await browser.NewPageAsync(_product);
        await page.SignInAsync("xem.vh");

        await page.OpenAsync("/ho-so/economy/households");
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "+ Thêm mới" }).CountAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Xem" }).First.ClickAsync();
        Assert.Equal(0, await page.Locator("main input:not([type=hidden]), main select, main textarea, main button").CountAsync());
        Assert.Contains("Trần Thị Hoa", await page.TextAsync("dl.values"), StringComparison.Ordinal);
        await page.OpenAsync("/so-lieu");
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Ghi số liệu" }).CountAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Quản lý" }).CountAsync());
    }

    [SkippableFact]
    public async Task A_viewers_forged_form_post_is_refused_by_the_server_and_nothing_is_written()
    {
        await SeedHouseholdAsync();
        await _product.AddUserAsync("xem.vh", "22330", "VIEWER");
        var page = await browser.NewPageAsync(_product);
        await page.SignInAsync("xem.vh");
        await page.OpenAsync("/ho-so/economy/households/moi");

        // She posts what a reporter's form would post, with the antiforgery token of her own page.
        var answer = await page.EvaluateAsync<string>("""
            async () => {
              const form = document.querySelector("main form[method=post]");
              const data = new FormData(form);
              for (const [k, v] of Object.entries({ unitCode: "22330", headName: "Giả mạo", village: "Tổ 1", statusAtStart: "POOR", supportStartedOn: "01/03/2025", support: "LOAN" })) data.set(k, v);
              const response = await fetch(location.pathname, { method: "POST", body: data });
              return response.status + " " + await response.text();
            }
            """);

        Assert.StartsWith("200", answer, StringComparison.Ordinal);
        Assert.Contains("cần vai trò reporter", answer, StringComparison.Ordinal);
        Assert.Equal(1, (await _product.Admin.DataAsync(HouseholdCount))["economy"]!["households"]!["totalCount"]!.GetValue<int>());
    }

    [SkippableFact]
    public async Task A_cross_site_post_without_the_antiforgery_token_is_refused()
    {
        await _product.AddUserAsync("lan.nt", "22330", "REPORTER");
        var page = await browser.NewPageAsync(_product);
        await page.SignInAsync("lan.nt");

        var status = await page.EvaluateAsync<int>("""
            async () => {
              const data = new FormData();
              data.set("_handler", "record");
              for (const [k, v] of Object.entries({ unitCode: "22330", headName: "Giả mạo", village: "Tổ 1", statusAtStart: "POOR", supportStartedOn: "01/03/2025", support: "LOAN" })) data.set(k, v);
              return (await fetch("/ho-so/economy/households/moi", { method: "POST", body: data })).status;
            }
            """);

        Assert.Equal(400, status);
        Assert.Equal(0, (await _product.Admin.DataAsync(HouseholdCount))["economy"]!["households"]!["totalCount"]!.GetValue<int>());
    }

    [SkippableFact]
    public async Task The_graphql_endpoint_ignores_the_session_cookie()
    {
        await _product.AddUserAsync("lan.nt", "22330", "REPORTER");
        var page = await browser.NewPageAsync(_product);
        await page.SignInAsync("lan.nt");

        var status = await page.EvaluateAsync<int>("""
            async () => (await fetch("/graphql", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ query: "{ me { userName } }" }) })).status
            """);

        Assert.Equal(401, status);
    }

    [SkippableFact]
    public async Task A_manager_cannot_create_a_user_outside_her_subtree()
    {
        await _product.AddUserAsync("quanly.nt", "568", "MANAGER");
        var page = await browser.NewPageAsync(_product);
        await page.SignInAsync("quanly.nt");
        await page.OpenAsync("/quan-ly/tai-khoan/moi");

        var units = page.GetByLabel("Đơn vị");
        Assert.Equal(0, await units.Locator("option[value='22408']").CountAsync()); // Cam Ranh is not hers
        Assert.Equal(0, await page.Locator("#f-role option[value='ADMIN']").CountAsync());
        await page.GetByLabel("Tên đăng nhập").FillAsync("mai.cr");
        await page.GetByLabel("Họ tên").FillAsync("Trần Thị Mai");
        await units.EvaluateAsync("select => { select.add(new Option('Phường Cam Nghĩa', '22408')); select.value = '22408'; }");
        await page.GetByLabel("Mật khẩu ban đầu").FillAsync(WebProduct.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();

        Assert.Contains("nằm ngoài phạm vi", await page.TextAsync("main"), StringComparison.Ordinal);
        var users = await _product.Admin.DataAsync("{ users(search: \"mai.cr\") { totalCount } }");
        Assert.Equal(0, users["users"]!["totalCount"]!.GetValue<int>());
    }

    [SkippableFact]
    public async Task A_manager_creates_a_user_of_her_subtree_who_then_signs_in()
    {
        await _product.AddUserAsync("quanly.nt", "568", "MANAGER");
        var page = await browser.NewPageAsync(_product);
        await page.SignInAsync("quanly.nt");
        await page.OpenAsync("/quan-ly/tai-khoan/moi");

        await page.GetByLabel("Tên đăng nhập").FillAsync("hoa.vh");
        await page.GetByLabel("Họ tên").FillAsync("Lê Thị Hoa");
        await page.GetByLabel("Đơn vị").SelectOptionAsync("22330");
        await page.Locator("#f-role").SelectOptionAsync("REPORTER");
        await page.GetByLabel("Mật khẩu ban đầu").FillAsync("Vinhhai2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await page.WaitForPageAsync("**/quan-ly/tai-khoan?luu=1");
        Assert.Contains("Lê Thị Hoa", await page.TextAsync("table.list"), StringComparison.Ordinal);

        var other = await browser.NewPageAsync(_product);
        await other.SignInAsync("hoa.vh", "Vinhhai2025");
        Assert.Contains("Lê Thị Hoa", await other.TextAsync(".who"), StringComparison.Ordinal);
    }

    public void Dispose() => _product.Dispose();

    private Task SeedHouseholdAsync() => _product.ClientFor("22330", Modular.Shared.Access.Role.Reporter).DataAsync("""
        mutation { economy { createHousehold(input: { unitCode: "22330", headName: "Trần Thị Hoa", village: "Tổ 3", statusAtStart: POOR, supportStartedOn: "2025-03-01", support: LOAN }) { id } } }
        """);
}
