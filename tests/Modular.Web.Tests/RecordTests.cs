using Microsoft.Playwright;

namespace Modular.Web.Tests;

/// <summary>Recording work in the browser: the target moves, the server's refusals show at their fields, deletes ask first.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class RecordTests(BrowserFixture browser) : IDisposable
{
    private const string Households = "{ economy { households(unitCode: \"22330\") { totalCount items { id headName exitedPovertyOn } } } }";

    private readonly WebProduct _product = new();

    [SkippableFact]
    public async Task A_household_recorded_out_of_poverty_moves_the_target_on_the_dashboard()
    {
        await _product.AddUserAsync("lan.nt", "22330", "REPORTER");
        var page = await browser.NewPageAsync(_product);
        await page.SignInAsync("lan.nt");
        await page.OpenAsync("/?don-vi=22330");
        Assert.Equal("0", await page.TextAsync("[data-target='2.2a'] .actual"));

        await page.OpenAsync("/ho-so/economy/households");
        await page.GetByRole(AriaRole.Link, new() { Name = "+ Thêm mới" }).ClickAsync();
        await FillHouseholdAsync(page, exitedOn: "30/06/2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();

        await page.WaitForPageAsync("**/ho-so/economy/households?luu=1");
        Assert.Equal("Đã lưu bản ghi.", await page.TextAsync("[role=status]"));
        Assert.Contains("Trần Thị Hoa", await page.TextAsync("table.list tbody"), StringComparison.Ordinal);
        await page.OpenAsync("/?don-vi=22330");
        Assert.Equal("1", await page.TextAsync("[data-target='2.2a'] .actual"));
    }

    [SkippableFact]
    public async Task The_servers_refusal_shows_at_its_field_and_nothing_is_written()
    {
        await _product.AddUserAsync("lan.nt", "22330", "REPORTER");
        var page = await browser.NewPageAsync(_product);
        await page.SignInAsync("lan.nt");
        await page.OpenAsync("/ho-so/economy/households/moi");

        await FillHouseholdAsync(page, exitedOn: "01/02/2025"); // before support began on 01/03/2025
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();

        var field = page.Locator("[data-field='exitedPovertyOn']");
        Assert.Contains("không được trước ngày bắt đầu hỗ trợ", await field.Locator(".field-error").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("true", await field.Locator("input").GetAttributeAsync("aria-invalid"));
        Assert.Equal("Trần Thị Hoa", await page.GetByLabel("Họ tên chủ hộ").InputValueAsync()); // what she typed is kept
        var data = await _product.Admin.DataAsync(Households);
        Assert.Equal(0, data["economy"]!["households"]!["totalCount"]!.GetValue<int>());
    }

    [SkippableFact]
    public async Task A_record_is_edited_and_deleted_only_after_confirming()
    {
        await _product.AddUserAsync("lan.nt", "22330", "REPORTER");
        var page = await browser.NewPageAsync(_product);
        await page.SignInAsync("lan.nt");
        await page.OpenAsync("/ho-so/economy/households/moi");
        await FillHouseholdAsync(page, exitedOn: null);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await page.WaitForPageAsync("**?luu=1");

        await page.GetByRole(AriaRole.Link, new() { Name = "Sửa" }).First.ClickAsync();
        Assert.Equal("01/03/2025", await page.GetByLabel("Ngày bắt đầu hỗ trợ").InputValueAsync());
        await page.GetByLabel("Thôn, tổ dân phố").FillAsync("Tổ 5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await page.WaitForPageAsync("**?luu=1");
        Assert.Contains("Tổ 5", await page.TextAsync("table.list tbody"), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Link, new() { Name = "Sửa" }).First.ClickAsync();
        var delete = page.GetByRole(AriaRole.Button, new() { Name = "Xóa hẳn" });
        Assert.False(await delete.IsVisibleAsync()); // folded away until she asks
        await page.GetByText("Xóa bản ghi").ClickAsync();
        await delete.ClickAsync();

        await page.WaitForPageAsync("**?xoa=1");
        var data = await _product.Admin.DataAsync(Households);
        Assert.Equal(0, data["economy"]!["households"]!["totalCount"]!.GetValue<int>());
    }

    public void Dispose() => _product.Dispose();

    private static async Task FillHouseholdAsync(IPage page, string? exitedOn)
    {
        await page.GetByLabel("Đơn vị").SelectOptionAsync("22330");
        await page.GetByLabel("Họ tên chủ hộ").FillAsync("Trần Thị Hoa");
        await page.GetByLabel("Thôn, tổ dân phố").FillAsync("Tổ 3");
        await page.GetByLabel("Diện hộ khi bắt đầu hỗ trợ").SelectOptionAsync(new SelectOptionValue { Label = "Hộ nghèo" });
        await page.GetByLabel("Ngày bắt đầu hỗ trợ").FillAsync("01/03/2025");
        await page.GetByLabel("Hình thức hỗ trợ").SelectOptionAsync(new SelectOptionValue { Label = "Vay vốn" });
        if (exitedOn is not null)
        {
            await page.GetByLabel("Ngày thoát nghèo, cận nghèo").FillAsync(exitedOn);
        }
    }
}
