using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Ngp.Tests.Harness;

/// <summary>
/// The content editor as a browser without JavaScript uses it: the form's own inputs with what the page shows in them,
/// values typed by name, and a button pressed by its name posts the whole form as the browser would.
/// </summary>
public sealed class EditorPage
{
    private static readonly HtmlParser Parser = new();

    private readonly HttpClient _browser;
    private readonly List<KeyValuePair<string, string>> _fields;

    private EditorPage(HttpClient browser, string url, string html, int status)
    {
        _browser = browser;
        Url = url;
        Html = html;
        Status = status;
        Document = Parser.ParseDocument(html);
        _fields = Form is null ? [] : Successful(Form).ToList();
    }

    /// <summary>The address the page was answered from (the item's page once a new item is saved).</summary>
    public string Url { get; }

    public string Html { get; }

    /// <summary>The id of the item the page shows once saved; fails with the page's errors when it was not saved.</summary>
    public string SavedId
    {
        get
        {
            Assert.True(Status is 200 or 302 && !Url.Contains("/nouveau/", StringComparison.Ordinal), $"Not saved ({Status}): {string.Join(" | ", Errors)}");
            return Url[(Url.LastIndexOf('/') + 1)..];
        }
    }

    public int Status { get; }

    public IHtmlDocument Document { get; }

    private IElement? Form => Document.QuerySelector("form.content-editor");

    public static async Task<EditorPage> OpenAsync(HttpClient browser, string url)
    {
        var response = await browser.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}");
        return new EditorPage(browser, url, await response.Content.ReadAsStringAsync(), (int)response.StatusCode);
    }

    /// <summary>The value the form would post for <paramref name="name"/>.</summary>
    public string Value(string name) => _fields.Single(f => f.Key == name).Value;

    public bool Has(string name) => _fields.Any(f => f.Key == name);

    /// <summary>Types into an input, chooses an option or a radio button; the input must be on the page.</summary>
    public EditorPage Set(string name, string value)
    {
        var index = _fields.FindIndex(f => f.Key == name);
        if (index < 0)
        {
            Assert.True(Form!.QuerySelectorAll($"[name='{name}']").Length > 0, $"No input « {name} » on the page.");
            _fields.Add(new(name, value));
        }
        else
            _fields[index] = new(name, value);
        return this;
    }

    /// <summary>The names of the editor's buttons, as a screen reader reads them.</summary>
    public IReadOnlyList<string> Buttons => Form!.QuerySelectorAll("button").Select(Name).ToList();

    /// <summary>Presses the button whose accessible name is <paramref name="name"/>; the form is posted with everything set.</summary>
    public async Task<EditorPage> PressAsync(string name)
    {
        var buttons = Form!.QuerySelectorAll("button:not([aria-hidden=true])").Where(b => Name(b) == name).ToList();
        Assert.True(buttons.Count == 1, $"{buttons.Count} buttons named « {name} »; the form has: {string.Join(" | ", Buttons)}");
        var button = buttons[0];
        var values = new List<KeyValuePair<string, string>>(_fields) { new(button.GetAttribute("name")!, button.GetAttribute("value") ?? "") };
        var response = await _browser.PostAsync(Url, new FormUrlEncodedContent(values));
        var url = response.RequestMessage!.RequestUri!.PathAndQuery;
        var prefix = _browser.BaseAddress!.AbsolutePath;
        return new EditorPage(_browser, url.StartsWith(prefix, StringComparison.Ordinal) ? url[prefix.Length..] : url, await response.Content.ReadAsStringAsync(), (int)response.StatusCode);
    }

    /// <summary>The error shown beside an input or a group: the <c>field-error</c> element its <c>aria-describedby</c> names.</summary>
    public string? ErrorBeside(string name)
    {
        var element = Document.QuerySelector($"[name='{name}']") ?? Document.GetElementById(Ngp.Contents.Editors.EditorHtml.Id(name) + "-error")?.Closest("fieldset");
        var ids = element?.GetAttribute("aria-describedby")?.Split(' ') ?? [];
        return ids.Select(id => Document.GetElementById(id)).FirstOrDefault(e => e?.ClassList.Contains("field-error") == true)?.TextContent.Trim();
    }

    public IReadOnlyList<string> Errors => Forms.Errors(Html);

    /// <summary>The element that gets the focus when the page loads.</summary>
    public IElement? Autofocus => Form?.QuerySelector("[autofocus]");

    private static string Name(IElement button) => string.Join(' ', button.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The inputs a browser posts: every named input, the checked boxes and radios, each select's chosen option.</summary>
    private static IEnumerable<KeyValuePair<string, string>> Successful(IElement form)
    {
        foreach (var element in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = element.GetAttribute("name")!;
            switch (element)
            {
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.HasAttribute("checked"))
                        yield return new(name, input.GetAttribute("value") ?? "on");
                    break;
                case IHtmlInputElement input when input.Type is "file" or "submit":
                    break;
                case IHtmlInputElement input:
                    yield return new(name, input.GetAttribute("value") ?? "");
                    break;
                case IHtmlTextAreaElement area:
                    yield return new(name, area.TextContent.StartsWith('\n') ? area.TextContent[1..] : area.TextContent);
                    break;
                case IHtmlSelectElement select:
                    var option = select.QuerySelectorAll("option").FirstOrDefault(o => o.HasAttribute("selected")) ?? select.QuerySelector("option");
                    yield return new(name, option?.GetAttribute("value") ?? option?.TextContent ?? "");
                    break;
            }
        }
    }
}
