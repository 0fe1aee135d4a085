using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Data;
using Ngp.Core.Settings;
using Ngp.Tests.Harness;
using Ngp.Theme.Public;

namespace Ngp.Tests.Integration;

/// <summary>The public theme: the agency's colour as the accent, the folding menu, and the weight of every public page.</summary>
public abstract class ThemeTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : NgpFactory
{
    private const int PageBudgetBytes = 100 * 1024;

    private static readonly HtmlParser Parser = new();

    [SkippableFact]
    public async Task PublicPages_OfTheDemoAgency_EachWeighUnder100KbOfHtmlAndCss()
    {
        var agency = await factory.CreateAgencyAsync("agency-showcase");
        var visitor = agency.Client();
        var stylesheets = new Dictionary<string, long>(StringComparer.Ordinal);
        var weights = new Dictionary<string, long>(StringComparer.Ordinal);
        var queue = new Queue<string>([""]);
        var seen = new HashSet<string>([""], StringComparer.Ordinal);

        // Every page a visitor reaches by following links from the home page: lists, items, results, the action plan.
        while (queue.Count > 0 && weights.Count < 150)
        {
            var path = queue.Dequeue();
            using var response = await visitor.GetAsync(path);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
                continue;
            var html = await response.Content.ReadAsByteArrayAsync();
            var document = Parser.ParseDocument(System.Text.Encoding.UTF8.GetString(html));
            long css = 0;
            foreach (var href in document.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!))
            {
                if (!stylesheets.TryGetValue(href, out var size))
                    stylesheets[href] = size = (await visitor.GetByteArrayAsync(href)).Length;
                css += size;
            }
            weights[path] = html.Length + css;
            foreach (var link in document.QuerySelectorAll("main a[href], header a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (!link.StartsWith(agency.PathBase + "/", StringComparison.Ordinal))
                    continue;
                var next = link[(agency.PathBase.Length + 1)..];
                if (next.Contains('?') || next.Contains('#') || Path.HasExtension(next) || next.StartsWith("compte", StringComparison.Ordinal) || next.StartsWith("api/", StringComparison.Ordinal))
                    continue;
                if (seen.Add(next))
                    queue.Enqueue(next);
            }
        }

        Assert.Contains(weights.Keys, p => p.StartsWith("projets/", StringComparison.Ordinal));
        Assert.Contains(weights.Keys, p => p.StartsWith("concertations/", StringComparison.Ordinal));
        Assert.Contains(weights.Keys, p => p.StartsWith("reunions/", StringComparison.Ordinal));
        Assert.Contains(weights.Keys, p => p.StartsWith("participation/resultats/", StringComparison.Ordinal));
        var heaviest = weights.MaxBy(w => w.Value);
        Assert.True(heaviest.Value < PageBudgetBytes,
            $"/{heaviest.Key} weighs {heaviest.Value} bytes of HTML and CSS, over {PageBudgetBytes}; {weights.Count} pages measured.");
    }

    [SkippableFact]
    public async Task AgencyColour_SetInItsSettings_IsTheAccentOfItsPagesDarkenedToStayReadable()
    {
        var agency = await factory.CreateAgencyAsync();
        await SetColourAsync(agency, "#ffd700");
        var visitor = agency.Client();

        var home = Parser.ParseDocument(await visitor.GetStringAsync(""));
        var href = home.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).Single(h => h.Contains("/theme/accent.css", StringComparison.Ordinal));
        using var response = await visitor.GetAsync(href);
        var css = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var accent = Regex.Match(css, "--accent:(#[0-9a-f]{6})").Groups[1].Value;
        Assert.NotEqual(AccentPalette.From(AccentPalette.DefaultColor).Accent, accent);
        Assert.True(AccentPalette.Contrast(accent, "#ffffff") >= 4.5, $"{accent} is too light to write in");

        await SetColourAsync(agency, "#000;}body{display:none");
        var after = Parser.ParseDocument(await visitor.GetStringAsync(""));
        var fallback = after.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).Single(h => h.Contains("/theme/accent.css", StringComparison.Ordinal));
        var fallbackCss = await visitor.GetStringAsync(fallback);
        Assert.Equal(AccentPalette.From(null).ToCss(), fallbackCss);
    }

    [SkippableFact]
    public async Task Header_OfAPublicPage_FoldsItsNavigationIntoADetailsMenu()
    {
        var agency = await factory.CreateAgencyAsync();

        var home = Parser.ParseDocument(await agency.Client().GetStringAsync(""));

        var menu = home.QuerySelector("header details.site-menu");
        Assert.NotNull(menu);
        Assert.Equal("Menu", menu.QuerySelector("summary")?.TextContent.Trim());
        Assert.NotNull(menu.QuerySelector("nav[aria-label='Navigation principale'] a[href$='/actualites']"));
        Assert.NotNull(menu.QuerySelector("form[role=search] input[type=search]"));
    }

    private static Task SetColourAsync(Agency agency, string colour) =>
        agency.InScopeAsync(async services =>
        {
            var store = services.GetRequiredService<ISiteSettingsStore>();
            var settings = await store.GetAsync();
            await store.SetAsync(settings with { PrimaryColor = colour });
            await services.GetRequiredService<NgpDbContext>().SaveChangesAsync();
            return true;
        });
}

public sealed class ThemeTestsOnSqlite(SqliteFactory factory) : ThemeTests<SqliteFactory>(factory);

public sealed class ThemeTestsOnPostgres(PostgresFactory factory) : ThemeTests<PostgresFactory>(factory);
