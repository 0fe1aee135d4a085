using Ganss.Xss;
using Markdig;
using Microsoft.Extensions.Caching.Memory;

namespace Ngp.Contents.Rendering;

/// <summary>
/// Markdown to HTML for everything people write: raw HTML in the source is not rendered at all, and the output
/// still goes through HtmlSanitizer (only safe tags, attributes and http/https/mailto links survive).
/// </summary>
public sealed class MarkdownRenderer : IDisposable
{
    // The HTML depends on the text alone, so it is kept by text: no change can make it stale. Pages render the same
    // bodies and comments for every signed-in reader (issue 25); the bound is in characters of the kept HTML.
    private const long RenderedCharacters = 32 * 1024 * 1024;

    private readonly MemoryCache _rendered = new(new MemoryCacheOptions { SizeLimit = RenderedCharacters });

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UsePipeTables()
        .UseListExtras()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public string ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
            return "";
        if (_rendered.TryGetValue(markdown, out string? kept))
            return kept!;
        var html = Sanitize(Markdown.ToHtml(markdown, _pipeline));
        _rendered.Set(markdown, html, new MemoryCacheEntryOptions { Size = markdown.Length + html.Length, SlidingExpiration = TimeSpan.FromHours(1) });
        return html;
    }

    public void Dispose() => _rendered.Dispose();

    public string Sanitize(string html) => _sanitizer.Sanitize(html);

    public static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedTags.Clear();
        foreach (var tag in new[] { "p", "br", "strong", "em", "del", "ins", "mark", "sub", "sup", "blockquote", "code", "pre", "ul", "ol", "li", "h2", "h3", "h4", "h5", "h6", "a", "hr", "table", "thead", "tbody", "tr", "th", "td" })
            sanitizer.AllowedTags.Add(tag);
        sanitizer.AllowedAttributes.Clear();
        sanitizer.AllowedAttributes.Add("href");
        sanitizer.AllowedAttributes.Add("title");
        sanitizer.AllowedAttributes.Add("align");
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowedAtRules.Clear();
        sanitizer.AllowDataAttributes = false;
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { TagName: "A" } link)
                link.SetAttribute("rel", "nofollow noopener");
        };
        return sanitizer;
    }
}
