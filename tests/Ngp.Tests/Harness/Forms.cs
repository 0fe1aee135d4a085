using AngleSharp.Html.Parser;

namespace Ngp.Tests.Harness;

/// <summary>Submits the site's HTML forms as a browser would: GET the page, keep its antiforgery token, POST the fields.</summary>
public static class Forms
{
    public const string TokenField = "__ngp_csrf";

    private static readonly HtmlParser Parser = new();

    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string pageUrl, IDictionary<string, string> fields, string? handler = null, bool keepQuery = false)
    {
        var values = new Dictionary<string, string>(fields) { [TokenField] = await AntiforgeryTokenAsync(client, pageUrl) };
        // A form posts back to its own address: keep the query (a token in a link) only when asked.
        var path = keepQuery ? pageUrl : pageUrl.Split('?')[0];
        var target = handler is null ? path : $"{path}?handler={handler}";
        return await client.PostAsync(target, new FormUrlEncodedContent(values));
    }

    /// <summary>The antiforgery token of the page's form; valid for every post of this client while it stays signed out (or in).</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string pageUrl)
    {
        var page = await client.GetAsync(pageUrl);
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.IsSuccessStatusCode, $"GET {pageUrl} answered {(int)page.StatusCode}");
        var token = Parser.ParseDocument(html).QuerySelector($"input[name={TokenField}]")?.GetAttribute("value");
        Assert.False(string.IsNullOrEmpty(token), $"No antiforgery token on {pageUrl}");
        return token!;
    }

    /// <summary>The text a person reads on the page: entities decoded, white space folded.</summary>
    public static string Text(string html) =>
        string.Join(' ', (Parser.ParseDocument(html).Body?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Texts of the error messages shown on a page (summary and fields).</summary>
    public static IReadOnlyList<string> Errors(string html) =>
        Parser.ParseDocument(html).QuerySelectorAll(".alert-error li, .field-error").Select(e => e.TextContent.Trim()).ToList();
}
