using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Data;
using Ngp.Core.Settings;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration;

/// <summary>What an editor does in the content admin, through its forms, as a browser without JavaScript would.</summary>
public static class ContentAdminSteps
{
    public const string EditorEmail = "redaction@ngp.local";

    private static readonly HtmlParser Parser = new();

    public static async Task<HttpClient> SignedInAsync(Agency agency, string email, string password = NgpFactory.AdminPassword)
    {
        var browser = agency.Client(followRedirects: true);
        var response = await Forms.SubmitAsync(browser, "compte/connexion", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.Contains("<h1>Mon compte</h1>", await response.Content.ReadAsStringAsync());
        return browser;
    }

    public static Dictionary<string, string> NewsForm(string title, string summary = "Un résumé de l'actualité.", string body = "Le **texte** de l'actualité.") => new()
    {
        ["parts.Title"] = title,
        ["parts.Summary"] = summary,
        ["parts.Body"] = body,
        ["parts.Tags"] = "quartier, travaux",
        ["parts.Ambition"] = "2",
    };

    public static Dictionary<string, string> With(this Dictionary<string, string> fields, string action)
    {
        fields["action"] = action;
        return fields;
    }

    /// <summary>Writes a new news item through the editor; returns the item page's response and the item id.</summary>
    public static async Task<(string Html, string Id)> CreateNewsAsync(HttpClient browser, string title, string action = "save")
    {
        var response = await Forms.SubmitAsync(browser, "admin/contenus/nouveau/News", NewsForm(title).With(action));
        var html = await response.Content.ReadAsStringAsync();
        var path = response.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.True(response.IsSuccessStatusCode && !path.EndsWith("/nouveau/News", StringComparison.Ordinal), $"The item was not created ({(int)response.StatusCode} {path}): {string.Join(" | ", Forms.Errors(html))}");
        return (html, path[(path.LastIndexOf('/') + 1)..]);
    }

    /// <summary>Posts a form of <paramref name="pageUrl"/> to <paramref name="action"/> (a handler with its query), with the page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string pageUrl, string action, IDictionary<string, string>? fields = null)
    {
        var html = await browser.GetStringAsync(pageUrl);
        var token = Parser.ParseDocument(html).QuerySelector("input[name=__ngp_csrf]")!.GetAttribute("value")!;
        var values = new Dictionary<string, string>(fields ?? new Dictionary<string, string>()) { ["__ngp_csrf"] = token };
        return await browser.PostAsync(action, new FormUrlEncodedContent(values));
    }

    public static Task TurnOnApprovalAsync(Agency agency) => agency.InScopeAsync(async sp =>
    {
        var store = sp.GetRequiredService<ISiteSettingsStore>();
        await store.SetAsync(await store.GetAsync() with { RequireApproval = true });
        return await sp.GetRequiredService<NgpDbContext>().SaveChangesAsync();
    });

    /// <summary>The value of an input or textarea of the page, by its name.</summary>
    public static string? InputValue(string html, string name)
    {
        var element = Parser.ParseDocument(html).QuerySelector($"[name='{name}']");
        return element?.TagName == "TEXTAREA" ? element.TextContent : element?.GetAttribute("value");
    }

    /// <summary>The error shown beside an input (the element its <c>aria-describedby</c> points to).</summary>
    public static string? ErrorBeside(string html, string name)
    {
        var document = Parser.ParseDocument(html);
        var input = document.QuerySelector($"[name='{name}']");
        var ids = input?.GetAttribute("aria-describedby")?.Split(' ') ?? [];
        return ids.Select(id => document.GetElementById(id)).FirstOrDefault(e => e?.ClassList.Contains("field-error") == true)?.TextContent.Trim();
    }

    /// <summary>The rows of the content list: title, type, state, author.</summary>
    public static IReadOnlyList<string[]> Rows(string html) =>
        Parser.ParseDocument(html).QuerySelectorAll("table.data tbody tr")
            .Select(tr => tr.Children.Select(c => c.TextContent.Trim()).ToArray()).ToList();

    public static IReadOnlyList<string> Buttons(string html) =>
        Parser.ParseDocument(html).QuerySelectorAll("main button").Select(b => b.TextContent.Trim()).ToList();

    public static async Task<JsonElement> ApiItemAsync(Agency agency, string id)
    {
        var admin = await agency.AdminAsync();
        return await admin.GetFromJsonAsync<JsonElement>($"api/v1/content/{id}");
    }
}
