using Microsoft.Playwright;

namespace Modular.Web.Tests;

/// <summary>Reported values with their history, and the managers' pages: allocations against the parent's goal, module switches, the audit trail.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class ManagerPagesTests(BrowserFixture browser) : IDisposable
{
    private readonly WebProduct _product = new();

    [SkippableFact]
    public async Task A_reported_value_and_its_correction_both_stay_in_the_history()
    {
        await _product.AddUserAsync("lan.nt", "22330", "REPORTER");
        var page = await browser.NewPageAsync(_product);
        await page.SignInAsync("lan.nt");

        foreach (var value in new[] { "1.200", "1.250" })
        {
            await page.OpenAsync("/so-lieu");
            await page.GetByLabel("Chỉ số").SelectOptionAsync("organisation.women-18plus");
            await page.GetByLabel("Giá trị").FillAsync(value);
            await page.GetByRole(AriaRole.Button, new() { Name = "Ghi số liệu" }).ClickAsync();
            await page.WaitForPageAsync("**luu=1");
        }

        var rows = await page.Locator("#lich-su ~ table tbody tr, section:has(#lich-su) tbody tr").AllInnerTextsAsync();
        Assert.Equal(2, rows.Count);
        Assert.Contains("1.250", rows[0], StringComparison.Ordinal);
        Assert.Contains("Đang dùng", rows[0], StringComparison.Ordinal);
        Assert.Contains("1.200", rows[1], StringComparison.Ordinal);
        Assert.Contains("Đã đính chính", rows[1], StringComparison.Ordinal);
        Assert.Contains("01/01/2025 – 31/12/2025", rows[1], StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Goals_given_to_child_units_are_summed_against_the_parents_goal()
    {
        await _product.AddUserAsync("admin.tinh", "56", "ADMIN");
        var page = await browser.NewPageAsync(_product);
        await page.SignInAsync("admin.tinh");
        await page.OpenAsync("/quan-ly/phan-bo?chi-tieu=2.2a");
        Assert.Equal("1.100", await page.TextAsync(".parent-goal"));

        await page.GetByLabel("Hội LHPN Thành phố Nha Trang").FillAsync("300");
        await page.GetByLabel("Hội LHPN Thành phố Cam Ranh").FillAsync("200");
        Assert.Equal("500", await page.TextAsync(".allocated")); // the total follows the typing
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu chỉ tiêu giao" }).ClickAsync();

        await page.WaitForPageAsync("**luu=1");
        Assert.Equal("500", await page.TextAsync(".allocated"));
        Assert.Contains("còn thiếu 600", await page.TextAsync(".sum"), StringComparison.Ordinal);
        var data = await _product.Admin.DataAsync("""{ plan(code: "223/KH-BTV") { progress(unitCode: "568") { target { code } goal } } }""");
        Assert.Equal(300, data["plan"]!["progress"]!.AsArray().Single(r => r!["target"]!["code"]!.GetValue<string>() == "2.2a")!["goal"]!.GetValue<double>());
    }

    [SkippableFact]
    public async Task A_negative_goal_is_refused_at_its_row_and_nothing_is_given()
    {
        await _product.AddUserAsync("admin.tinh", "56", "ADMIN");
        var page = await browser.NewPageAsync(_product);
        await page.SignInAsync("admin.tinh");
        await page.OpenAsync("/quan-ly/phan-bo?chi-tieu=2.2a");

        await page.GetByLabel("Hội LHPN Thành phố Nha Trang").FillAsync("300");
        await page.GetByLabel("Hội LHPN Thành phố Cam Ranh").FillAsync("-5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu chỉ tiêu giao" }).ClickAsync();

        Assert.Equal("Cần một số không âm.", await page.TextAsync("tr[data-unit='569'] .field-error"));
        var data = await _product.Admin.DataAsync("""{ plan(code: "223/KH-BTV") { progress(unitCode: "568") { target { code } goal } } }""");
        Assert.Equal(0, data["plan"]!["progress"]!.AsArray().Single(r => r!["target"]!["code"]!.GetValue<string>() == "2.2a")!["goal"]!.GetValue<double>());
    }

    [SkippableFact]
    public async Task A_module_switched_off_for_a_commune_refuses_its_records()
    {
        await _product.AddUserAsync("quanly.nt", "568", "MANAGER");
        var page = await browser.NewPageAsync(_product);
        await page.SignInAsync("quanly.nt");
        await page.OpenAsync("/quan-ly/mo-dun?don-vi=22330");
        Assert.Contains("đang bật", await page.TextAsync("[data-module='economy']"), StringComparison.Ordinal);

        await page.GetByLabel("Mô-đun").SelectOptionAsync("economy");
        await page.GetByLabel("Trạng thái", new() { Exact = true }).SelectOptionAsync("false");
        await page.GetByLabel("Từ ngày").FillAsync("01/01/2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();

        await page.WaitForPageAsync("**luu=1");
        Assert.Contains("đang tắt", await page.TextAsync("[data-module='economy']"), StringComparison.Ordinal);
        var error = await _product.ClientFor("22330", Modular.Shared.Access.Role.Reporter).ErrorAsync("""
            mutation { economy { createHousehold(input: { unitCode: "22330", headName: "Trần Thị Hoa", village: "Tổ 3", statusAtStart: POOR, supportStartedOn: "2025-03-01", support: LOAN }) { id } } }
            """);
        Assert.Equal("MODULE_OFF", error.Code);
    }

    [SkippableFact]
    public async Task The_audit_trail_shows_an_account_change_filtered_by_its_author()
    {
        await _product.AddUserAsync("quanly.nt", "568", "MANAGER");
        await _product.ClientFor("568", Modular.Shared.Access.Role.Manager, "quanly.nt").DataAsync(
            "mutation { createUser(input: { userName: \"hoa.vh\", displayName: \"Lê Thị Hoa\", unitCode: \"22330\", role: VIEWER, password: \"Vinhhai2025\" }) { userName } }");
        var page = await browser.NewPageAsync(_product);
        await page.SignInAsync("quanly.nt");

        await page.OpenAsync("/quan-ly/nhat-ky?nguoi=quanly.nt");

        var rows = await page.Locator("table.list tbody tr").AllInnerTextsAsync();
        var row = Assert.Single(rows);
        Assert.Contains("Thêm mới", row, StringComparison.Ordinal);
        Assert.Contains("UserAccount", row, StringComparison.Ordinal);
        Assert.Contains("Hội LHPN Phường Vĩnh Hải", row, StringComparison.Ordinal);
        Assert.DoesNotContain("PasswordHash", await page.ContentAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Malformed_addresses_never_end_in_a_server_error()
    {
        await _product.AddUserAsync("admin.tinh", "56", "ADMIN");
        var page = await browser.NewPageAsync(_product);
        await page.SignInAsync("admin.tinh");
        string[] urls =
        [
            "/?don-vi=khong-co", "/?ngay=31/02/2025", "/?ke-hoach=khong-co", "/?chi-tieu=9.9&mo-dun=khong-co",
            "/ho-so/khong-co", "/ho-so/economy/khong-co", "/ho-so/economy/households?bo-qua=abc", "/ho-so/economy/households?bo-qua=-5&from=99/99/9999",
            "/ho-so/economy/households/999999", "/ho-so/economy/households/abc", "/quan-ly/tai-khoan/khong.co", "/quan-ly/nhat-ky?tu-ngay=abc&bo-qua=x",
            "/quan-ly/phan-bo?don-vi=khong-co", "/quan-ly/mo-dun?don-vi=khong-co", "/so-lieu?don-vi=khong-co", "/khong-co-trang-nay",
        ];
        foreach (var url in urls)
        {
            var response = await page.GotoAsync(url);
            Assert.True(response!.Status < 500, $"{url} answered {response.Status}");
        }
    }

    public void Dispose() => _product.Dispose();
}
