using Deque.AxeCore.Playwright;
using MiniExcelLibs;
using Microsoft.Playwright;

namespace Modular.Web.Tests;

/// <summary>Importing a sheet in the browser: the check's summary first, nothing written until she confirms, refused rows with their reasons.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class FileImportPageTests(BrowserFixture browser) : IDisposable
{
    private const string Households = "{ economy { households(unitCode: \"22330\") { totalCount } } }";

    private readonly WebProduct _product = new();

    [SkippableFact]
    public async Task A_checked_sheet_is_imported_after_confirming_and_the_list_grows()
    {
        await _product.AddUserAsync("lan.nt", "22330", "REPORTER");
        var page = await browser.NewPageAsync(_product);
        await page.SignInAsync("lan.nt");
        await page.OpenAsync("/ho-so/economy/households");
        Assert.Equal("Không có bản ghi nào.", await page.TextAsync(".pager .small"));

        await page.OpenAsync("/nhap-tep?loai=economy/households");
        Assert.Equal("/files/economy/households/template", await page.GetByRole(AriaRole.Link, new() { Name = "Tải tệp mẫu (.xlsx)" }).GetAttributeAsync("href"));
        await page.GetByLabel("Tệp .xlsx hoặc .csv").SetInputFilesAsync(Sheet("ho-ngheo.xlsx",
            Household("22330", "Trần Thị Hoa", "Tổ 3", "01/03/2025"),
            Household("22330", "Lê Thị Mai", "Tổ 4", new DateTime(2025, 4, 2))));
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra tệp" }).ClickAsync();

        Assert.Equal("Kiểm tra 2 dòng (chưa ghi gì): 2 sẽ ghi mới, 0 sẽ cập nhật, 0 không đổi, 0 bị từ chối.", await page.TextAsync("[data-summary=check] [role=status]"));
        Assert.Equal("2", await page.TextAsync("[data-count=rows]"));
        Assert.Equal("2", await page.TextAsync("[data-count=created]"));
        Assert.Equal(0, await CountAsync()); // a check writes nothing
        Assert.DoesNotContain((await page.RunAxe()).Violations, v => v.Impact is "serious" or "critical");

        await page.GetByRole(AriaRole.Button, new() { Name = "Nhập vào hệ thống" }).ClickAsync();
        Assert.Equal("Đã nhập 2 dòng: 2 ghi mới, 0 cập nhật, 0 không đổi, 0 bị từ chối.", await page.TextAsync("[data-summary=import] [role=status]"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Xem danh sách" }).ClickAsync();
        await page.WaitForPageAsync("**/ho-so/economy/households");
        Assert.Equal("Bản ghi 1–2 trên tổng số 2", await page.TextAsync(".pager .small"));
        Assert.Contains("Lê Thị Mai", await page.TextAsync("table.list tbody"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_refused_row_shows_its_reason_and_nothing_is_written()
    {
        await _product.AddUserAsync("lan.nt", "22330", "REPORTER");
        var page = await browser.NewPageAsync(_product);
        await page.SignInAsync("lan.nt");
        await page.OpenAsync("/nhap-tep?loai=economy/households");
        await page.GetByLabel("Tệp .xlsx hoặc .csv").SetInputFilesAsync(Sheet("sai.xlsx", Household("22408", "Lê Thị Cam", "Tổ 1", "05/03/2025")));
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra tệp" }).ClickAsync();

        Assert.Equal("1", await page.TextAsync("[data-count=refused]"));
        var row = page.Locator("table.refusals tbody tr");
        Assert.Equal(1, await row.CountAsync());
        Assert.Equal("2", await row.Locator("td[data-label='Dòng']").InnerTextAsync()); // the first data row is the sheet's second
        Assert.Equal("Mã đơn vị", await row.Locator("td[data-label='Cột']").InnerTextAsync());
        Assert.Equal("22408", await row.Locator("td[data-label='Giá trị']").InnerTextAsync());
        Assert.NotEmpty((await row.Locator("td[data-label='Lý do']").InnerTextAsync()).Trim());
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Nhập vào hệ thống" }).CountAsync()); // no valid row to import
        Assert.Equal(0, await CountAsync());
        Assert.DoesNotContain((await page.RunAxe()).Violations, v => v.Impact is "serious" or "critical");
    }

    [SkippableFact]
    public async Task A_viewer_gets_the_template_but_no_upload()
    {
        await _product.AddUserAsync("xem.nt", "22330", "VIEWER");
        var page = await browser.NewPageAsync(_product);
        await page.SignInAsync("xem.nt");
        await page.OpenAsync("/nhap-tep?loai=economy/households");
        Assert.Equal(1, await page.GetByRole(AriaRole.Link, new() { Name = "Tải tệp mẫu (.xlsx)" }).CountAsync());
        Assert.Equal(0, await page.Locator("input[type=file]").CountAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra tệp" }).CountAsync());
    }

    public void Dispose() => _product.Dispose();

    private async Task<int> CountAsync() =>
        (await _product.Admin.DataAsync(Households))["economy"]!["households"]!["totalCount"]!.GetValue<int>();

    private static Dictionary<string, object?> Household(string unit, string head, string village, object started) => new()
    {
        ["Mã đơn vị"] = unit,
        ["Họ tên chủ hộ"] = head,
        ["Thôn, tổ dân phố"] = village,
        ["Diện hộ khi bắt đầu hỗ trợ"] = "Hộ nghèo",
        ["Ngày bắt đầu hỗ trợ"] = started,
        ["Hình thức hỗ trợ"] = "Vay vốn",
    };

    private static FilePayload Sheet(string name, params Dictionary<string, object?>[] rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows.Select(r => (IDictionary<string, object?>)r).ToList());
        return new FilePayload { Name = name, MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = stream.ToArray() };
    }
}
