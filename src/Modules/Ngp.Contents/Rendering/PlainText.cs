using AngleSharp.Html.Parser;
using Markdig;
using Markdig.Parsers;

namespace Ngp.Contents.Rendering;

/// <summary>
/// What people typed (Markdown emphasis and links, stray HTML tags) as the plain text a calendar carries: tags dropped
/// with the content of scripts and styles, Markdown marks dropped, entities decoded, no control characters. Only
/// inline Markdown is read, so a title « 1. Bilan » or « - Atelier » keeps its first characters.
/// </summary>
public static class PlainText
{
    private static readonly MarkdownPipeline _inlines = Inlines();
    private static readonly HtmlParser _parser = new();
    private const string Silent = "script, style, template, noscript, iframe, object, embed, svg, math, textarea, title";

    /// <summary>Paragraphs separated by a blank line, lines kept.</summary>
    public static string Text(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
            return "";
        var document = _parser.ParseDocument("");
        document.Body!.InnerHtml = Markdown.ToHtml(typed, _inlines);
        foreach (var element in document.Body.QuerySelectorAll(Silent).ToList())
            element.Remove();
        foreach (var lineBreak in document.Body.QuerySelectorAll("br").ToList())
            lineBreak.Replace(document.CreateTextNode("\n"));
        var paragraphs = document.Body.Children.Length > 0 ? document.Body.Children.Select(p => p.TextContent) : [document.Body.TextContent];
        return string.Join("\n\n", paragraphs.Select(Clean).Where(p => p.Length > 0));
    }

    /// <summary>One line: every line end and run of spaces becomes one space.</summary>
    public static string Line(string? typed) => string.Join(' ', Text(typed).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Clean(string paragraph) =>
        string.Join('\n', paragraph.ReplaceLineEndings("\n").Split('\n')
            .Select(line => string.Join(' ', new string(line.Where(c => !char.IsControl(c) || c == '\t').ToArray()).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))))
            .Trim('\n');

    private static MarkdownPipeline Inlines()
    {
        var builder = new MarkdownPipelineBuilder().UseEmphasisExtras();
        // Paragraphs only: headings, lists, quotes and code blocks would eat the marks people meant as text.
        builder.BlockParsers.RemoveAll(parser => parser is not ParagraphBlockParser);
        return builder.Build();
    }
}
