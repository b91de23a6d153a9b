using Microsoft.Playwright;

namespace Modular.Web.Tests;

/// <summary>The year 2025 across the merge of 1 July: the dashboard shows the tree in force on its as-of day.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class ReorganisationPagesTests(BrowserFixture browser) : IDisposable
{
    private readonly WebProduct _product = new(new Dictionary<string, string?> { ["Seed:Reorganisation2025"] = "Applied" });

    [SkippableFact]
    public async Task The_dashboard_before_and_after_the_merge_shows_the_units_of_its_day()
    {
        await _product.AddUserAsync("admin.tinh", "56", "ADMIN");
        await _product.Admin.DataAsync("""
            mutation { economy { createHousehold(input: { unitCode: "22330", headName: "Trần Thị Hoa", village: "Tổ 3", statusAtStart: POOR, supportStartedOn: "2025-03-01", support: LOAN, exitedPovertyOn: "2025-05-20" }) { id } } }
            """);
        var page = await browser.NewPageAsync(_product);
        await page.SignInAsync("admin.tinh");

        await page.OpenAsync("/?ngay=30/06/2025");
        var before = await page.Locator("details:has-text('Đơn vị trực thuộc') li").AllTextContentsAsync();
        Assert.Contains("Hội LHPN Thành phố Nha Trang", before.Select(t => t.Trim()));

        await page.OpenAsync("/?ngay=31/12/2025&chi-tieu=2.2a");
        var after = await page.Locator("details:has-text('Đơn vị trực thuộc') li").AllTextContentsAsync();
        Assert.DoesNotContain("Hội LHPN Thành phố Nha Trang", after.Select(t => t.Trim()));
        Assert.Contains("Hội LHPN Phường Bắc Nha Trang", after.Select(t => t.Trim()));
        Assert.Equal("1", await page.TextAsync("[data-target='2.2a'] .actual")); // the household of old Vĩnh Hải still counts for the province
        await page.Locator("#bieu-do").GetByRole(AriaRole.Link, new() { Name = "Hội LHPN Phường Bắc Nha Trang" }).ClickAsync();
        Assert.Equal("Hội LHPN Phường Bắc Nha Trang", await page.TextAsync("h2.unit-name"));
        Assert.Equal("1", await page.TextAsync("[data-target='2.2a'] .actual")); // and for the commune Vĩnh Hải went into
        Assert.Equal(["Hội LHPN Tỉnh Khánh Hòa", "Hội LHPN Phường Bắc Nha Trang"], (await page.GetByRole(AriaRole.Navigation, new() { Name = "Đơn vị" }).Locator("li").AllInnerTextsAsync()).Select(t => t.Trim()));
    }

    public void Dispose() => _product.Dispose();
}
