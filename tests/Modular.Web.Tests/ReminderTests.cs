using Modular.Shared.Access;

namespace Modular.Web.Tests;

/// <summary>The first page reminds each user of the reports due or overdue in her subtree.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class ReminderTests(BrowserFixture browser) : IDisposable
{
    private readonly WebProduct _product = new();

    [SkippableFact]
    public async Task The_first_page_lists_the_reports_her_commune_has_not_sent_oldest_due_first()
    {
        await _product.AddUserAsync("lan.nt", "22330", "REPORTER");

        // The plan's three periods of 2025 have ended, for each of the four modules: 12 reports, one of them sent.
        await _product.ClientFor("22330", Role.Reporter).DataAsync(
            """mutation { submitReport(input: { planCode: "223/KH-BTV", periodCode: "6T", unitCode: "22330", moduleKey: "economy" }) { state } }""");
        var page = await browser.NewPageAsync(_product);
        await page.SignInAsync("lan.nt");
        await page.OpenAsync("/");

        Assert.Equal("Báo cáo đến hạn (11)", await page.TextAsync("#nhac-viec-tieu-de"));
        var items = await page.Locator("#nhac-viec li").AllInnerTextsAsync();
        Assert.Equal(10, items.Count);
        Assert.StartsWith("Gửi báo cáo 6 tháng đầu năm 2025", items[0], StringComparison.Ordinal);
        Assert.Contains("Hội LHPN Phường Vĩnh Hải: hạn 05/07/2025, quá hạn", items[0], StringComparison.Ordinal);
        Assert.Equal(2, await page.Locator("#nhac-viec li[data-module='economy']").CountAsync()); // nine months and the year; the six months are sent
        Assert.Equal("và 1 báo cáo khác.", await page.TextAsync("#nhac-viec p"));
    }

    public void Dispose() => _product.Dispose();
}
