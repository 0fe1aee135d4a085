using Microsoft.Playwright;

namespace Ngp.BrowserTests.Infrastructure;

/// <summary>
/// One site and one headless Chromium for the browser tests; each test opens its own browser context (cookies)
/// and creates its own agency. Debian's Chromium is used: Playwright never downloads a browser.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's <c>chromium</c> package; <c>NGP_CHROMIUM</c> points elsewhere when needed.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("NGP_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public NgpSite Site { get; } = new();

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"Chromium not found at {ChromiumPath}. Install it with: apt-get update && apt-get install -y chromium (or set NGP_CHROMIUM).");
        await Site.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
            Timeout = 60_000,
        });
    }

    /// <summary>A phone's width (the header folds into « Menu ») and a desktop's: the page-level checks run at both.</summary>
    public const int PhoneWidth = 390;

    public const int DesktopWidth = 1280;

    /// <summary>A fresh, French-speaking visitor: no cookies, JavaScript on unless asked otherwise, a desktop's window unless told.</summary>
    public async Task<IBrowserContext> NewVisitorAsync(bool javaScriptEnabled = true, int width = DesktopWidth)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "fr-FR",
            JavaScriptEnabled = javaScriptEnabled,
            ViewportSize = new ViewportSize { Width = width, Height = width < 600 ? 844 : 900 },
        });
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(30_000);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.CloseAsync();
        _playwright?.Dispose();
        await Site.DisposeAsync();
    }
}

/// <summary>Browser tests share one site and one browser and run one after the other (the machine has two cores).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
