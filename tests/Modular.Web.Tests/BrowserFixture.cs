using Microsoft.Playwright;

namespace Modular.Web.Tests;

/// <summary>
/// One headless Chromium for the browser tests: Debian's <c>/usr/bin/chromium</c>, never a downloaded one. Without it
/// the tests are reported as skipped, with the reason, unless <c>MODULAR_REQUIRE_BROWSER=1</c> (CI), which turns that
/// into a failure.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Collection = "Browser";

    public const string Chromium = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    public string? SkipReason { get; private set; }

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            SkipReason = $"No Chromium at {Chromium}: install it with apt-get install chromium.";
            if (Environment.GetEnvironmentVariable("MODULAR_REQUIRE_BROWSER") == "1")
            {
                throw new InvalidOperationException(SkipReason);
            }

            return;
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true, Args = ["--lang=vi-VN"] });
    }

    /// <summary>A fresh browser context (no cookies) with a page, at a desktop or a 360-px phone width.</summary>
    public Task<IPage> NewPageAsync(WebProduct product, bool phone = false) => NewPageAsync(product.BaseUrl, phone);

    public async Task<IPage> NewPageAsync(string baseUrl, bool phone = false)
    {
        Skip.If(Browser is null, SkipReason);
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            Locale = "vi-VN",
            ViewportSize = phone ? new ViewportSize { Width = 360, Height = 740 } : new ViewportSize { Width = 1280, Height = 900 },
            IsMobile = phone,
            HasTouch = phone,
            DeviceScaleFactor = phone ? 2 : 1,
        });
        // A guard against a page that never comes, not a speed check: generous, since a busy 2-core machine runs the server and Chromium.
        context.SetDefaultTimeout(60_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}

[CollectionDefinition(BrowserFixture.Collection)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>, ICollectionFixture<DemoProduct>;
