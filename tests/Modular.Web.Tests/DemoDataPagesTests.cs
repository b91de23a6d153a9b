using System.Globalization;
using System.Text.Json.Nodes;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Modular.Web.Tests;

/// <summary>The pages over a year of demo data: the same figures as the API, drilling down, phones, accessibility, the README's pictures.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class DemoDataPagesTests(BrowserFixture browser, DemoProduct demo)
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    [SkippableFact]
    public async Task The_dashboards_figures_are_the_apis_for_the_same_unit()
    {
        var page = await SignedInAsync();
        await page.OpenAsync("/?don-vi=568");
        var api = await (await demo.GetAsync()).Admin.DataAsync("""
            { plan(code: "223/KH-BTV") { progress(unitCode: "568", asOf: "2025-12-31") { target { code kind levels } goal actual percent status unitsMeeting unitsCounted applicable available } } }
            """);

        var rows = api["plan"]!["progress"]!.AsArray().Select(r => r!).Where(r => r["applicable"]!.GetValue<bool>() && r["available"]!.GetValue<bool>()).ToList();
        Assert.True(rows.Count > 20, $"{rows.Count} targets");
        foreach (var row in rows)
        {
            var code = row["target"]!["code"]!.GetValue<string>();
            var kind = row["target"]!["kind"]!.GetValue<string>();
            var card = $"[data-target='{code}']";
            Assert.Equal(Percent(row["percent"]!), await page.TextAsync($"{card} .percent"));
            Assert.Equal(Status(row["status"]!.GetValue<string>()), await page.TextAsync($"{card} .status"));
            if (kind is "SUM" or "RATIO" or "COVERAGE")
            {
                Assert.Equal(Figure(kind, row["goal"]!), await page.TextAsync($"{card} .goal"));
                Assert.Equal(Figure(kind, row["actual"]!), await page.TextAsync($"{card} .actual"));
            }

            if (kind == "COVERAGE")
            {
                var levels = row["target"]!["levels"]!.AsArray().Select(l => l!.GetValue<string>()).ToList();
                var what = levels is ["BASE"] ? "cơ sở" : "đơn vị";
                Assert.Equal($"{row["unitsMeeting"]}/{row["unitsCounted"]} {what} đạt", await page.TextAsync($"{card} .units"));
            }
        }
    }

    [SkippableFact]
    public async Task Drilling_down_two_levels_and_back_up_by_the_breadcrumb()
    {
        var page = await SignedInAsync();
        await page.OpenAsync("/?chi-tieu=2.2a");

        await page.Locator("#bieu-do").GetByRole(AriaRole.Link, new() { Name = "Hội LHPN Thành phố Nha Trang" }).ClickAsync();
        Assert.Equal("Hội LHPN Thành phố Nha Trang", await page.TextAsync("h2.unit-name"));
        await page.Locator("#bieu-do").GetByRole(AriaRole.Link, new() { Name = "Hội LHPN Phường Vĩnh Hải" }).ClickAsync();
        Assert.Equal("Hội LHPN Phường Vĩnh Hải", await page.TextAsync("h2.unit-name"));
        var crumbs = page.GetByRole(AriaRole.Navigation, new() { Name = "Đơn vị" });
        Assert.Equal(["Hội LHPN Tỉnh Khánh Hòa", "Hội LHPN Thành phố Nha Trang", "Hội LHPN Phường Vĩnh Hải"], (await crumbs.Locator("li").AllInnerTextsAsync()).Select(t => t.Trim()));

        await crumbs.GetByRole(AriaRole.Link, new() { Name = "Hội LHPN Thành phố Nha Trang" }).ClickAsync();
        Assert.Equal("Hội LHPN Thành phố Nha Trang", await page.TextAsync("h2.unit-name"));
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Đơn vị" }).GetByRole(AriaRole.Link, new() { Name = "Hội LHPN Tỉnh Khánh Hòa" }).ClickAsync();
        Assert.Equal("Hội LHPN Tỉnh Khánh Hòa", await page.TextAsync("h2.unit-name"));
    }

    [SkippableFact]
    public async Task No_page_scrolls_sideways_on_a_360_pixel_phone()
    {
        var page = await SignedInAsync(phone: true);
        foreach (var url in await PagesAsync())
        {
            await page.OpenAsync(url);
            var (scroll, client) = (await page.EvaluateAsync<int>("document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("document.documentElement.clientWidth"));
            Assert.True(scroll <= client, $"{url}: {scroll} px wide on a {client} px screen");
        }
    }

    [SkippableFact]
    public async Task No_page_has_a_serious_or_critical_accessibility_violation()
    {
        var problems = new List<string>();
        foreach (var phone in new[] { false, true })
        {
            var page = await SignedInAsync(phone);
            foreach (var url in await PagesAsync())
            {
                await page.OpenAsync(url);
                await page.Locator("details").EvaluateAllAsync<int>("all => { all.forEach(d => d.open = true); return all.length; }"); // check folded content too
                problems.AddRange(Serious(await page.RunAxe(), url));
            }

            await page.Context.ClearCookiesAsync();
            await page.OpenAsync("/dang-nhap");
            problems.AddRange(Serious(await page.RunAxe(), "/dang-nhap"));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [SkippableFact]
    public async Task The_readmes_pictures_are_made_from_demo_data()
    {
        var folder = Path.Combine(RepositoryRoot(), "docs", "screenshots");
        Directory.CreateDirectory(folder);
        var desktop = await SignedInAsync();
        await desktop.OpenAsync("/?don-vi=56&mo-dun=economy");
        Assert.NotEqual("0", await desktop.TextAsync("[data-target='2.2a'] .actual"));
        await SaveAsync(desktop, Path.Combine(folder, "dashboard.png"));
        var phone = await SignedInAsync(phone: true);
        await phone.OpenAsync("/ho-so/economy/households");
        await phone.GetByRole(AriaRole.Link, new() { Name = "Sửa" }).First.ClickAsync();
        Assert.NotEmpty(await phone.GetByLabel("Họ tên chủ hộ").InputValueAsync());
        await SaveAsync(phone, Path.Combine(folder, "record-form.png"));
    }

    private static IEnumerable<string> Serious(AxeResult result, string url) =>
        result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{url}: {v.Id} ({v.Impact}) {v.Help}: {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}");

    private async Task<IPage> SignedInAsync(bool phone = false)
    {
        var page = await browser.NewPageAsync(await demo.GetAsync(), phone);
        await page.SignInAsync(DemoProduct.Admin);
        return page;
    }

    /// <summary>Every kind of page, with real records: the first record of a list for the edit form.</summary>
    private async Task<IReadOnlyList<string>> PagesAsync()
    {
        var data = await (await demo.GetAsync()).Admin.DataAsync("{ economy { households(take: 1) { items { id } } } organisation { members(take: 1) { items { id } } } }");
        var household = data["economy"]!["households"]!["items"]![0]!["id"]!.GetValue<string>();
        var member = data["organisation"]!["members"]!["items"]![0]!["id"]!.GetValue<string>();
        return
        [
            "/", "/?don-vi=568&chi-tieu=2.2a", "/?don-vi=22330&mo-dun=family",
            "/ho-so", "/ho-so/economy/households", "/ho-so/economy/households/moi", $"/ho-so/economy/households/{household}",
            "/ho-so/family/victimCases/moi", "/ho-so/organisation/members", $"/ho-so/organisation/members/{member}", "/ho-so/party/supervisions",
            "/so-lieu", "/nhap-tep", "/nhap-tep?loai=reported-values", "/quan-ly", "/quan-ly/mo-dun", "/quan-ly/phan-bo", "/quan-ly/tai-khoan", "/quan-ly/tai-khoan/moi",
            $"/quan-ly/tai-khoan/{DemoProduct.Admin}", "/quan-ly/nhat-ky", "/tai-khoan",
        ];
    }

    private static async Task SaveAsync(IPage page, string path)
    {
        var bytes = await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = false });
        if (!File.Exists(path) || !(await File.ReadAllBytesAsync(path)).AsSpan().SequenceEqual(bytes))
        {
            await File.WriteAllBytesAsync(path, bytes);
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Modular.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (Modular.sln) was not found.");
    }

    private static string Figure(string kind, JsonNode value) =>
        kind == "SUM" ? Math.Round(value.GetValue<double>()).ToString("N0", Vietnamese) : Percent(value);

    private static string Percent(JsonNode value) => value.GetValue<double>().ToString("#,0.#", Vietnamese) + "%";

    private static string Status(string status) => status switch
    {
        "ACHIEVED" => "Đạt",
        "ON_TRACK" => "Đúng tiến độ",
        "BEHIND" => "Chậm tiến độ",
        _ => "Chưa bắt đầu",
    };
}
