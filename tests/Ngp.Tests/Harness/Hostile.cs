using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Ngp.Tests.Harness;

/// <summary>Hostile inputs and the checks that what the site renders from them runs nothing in a browser.</summary>
public static class Hostile
{
    public static readonly IReadOnlyList<string> Payloads =
    [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<IMG SRC=\"javascript:alert(1)\">",
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x]( javascript:alert(1) )",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](vbscript:msgbox(1))",
        "[x](jav&#x61;script:alert(1))",
        "![x](javascript:alert(1))",
        "![x](x\" onerror=\"alert(1))",
        "[x](https://exemple.org\" onmouseover=\"alert(1))",
        "<javascript:alert(1)>",
        "<https://exemple.org/\"onmouseover=\"alert(1)>",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<p style=\"width:expression(alert(1))\">x</p>",
        "<style>@import 'javascript:alert(1)';</style>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<object data=\"data:text/html,<script>alert(1)</script>\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<a href=\"jav&#x61;script:alert(1)\">x</a>",
        "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
        "<a href=\"java&#9;script:alert(1)\">x</a>",
        "\"><script>alert(1)</script>",
        "'><img src=x onerror=alert(1)>",
        "\" onfocus=\"alert(1)\" autofocus=\"",
        "＜script＞alert(1)＜/script＞",
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "<scr<script>ipt>alert(1)</script>",
        "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<details open ontoggle=alert(1)>",
        "<body onload=alert(1)>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"javascript:alert(1)//\">",
        "<form action=\"javascript:alert(1)\"><button>x</button></form>",
        "<input autofocus onfocus=alert(1)>",
        "<link rel=stylesheet href=\"javascript:alert(1)\">",
        "{{constructor.constructor('alert(1)')()}}",
    ];

    private static readonly HtmlParser Parser = new();

    private static readonly string[] ForbiddenElements = ["script", "iframe", "object", "embed", "frame", "frameset", "applet", "base", "svg", "math", "style", "noscript"];

    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "srcset", "data", "xlink:href", "poster", "background"];

    /// <summary>Fails when a page carries anything a browser would run: scripts, handlers, script or data links, frames, plug-ins, inline styles.</summary>
    public static void AssertInert(string html, string where)
    {
        var document = Parser.ParseDocument(html);
        AssertInert(document.DocumentElement, where);
    }

    /// <summary>The same check on an HTML fragment (a feed's description, the Markdown renderer's output).</summary>
    public static void AssertInertFragment(string html, string where)
    {
        var document = Parser.ParseDocument("<!DOCTYPE html><html><head></head><body></body></html>");
        document.Body!.InnerHtml = html;
        AssertInert(document.Body, where);
    }

    private static void AssertInert(IElement root, string where)
    {
        var all = root.QuerySelectorAll("*").Prepend(root);
        foreach (var element in all)
        {
            var name = element.LocalName;
            Assert.False(ForbiddenElements.Contains(name), $"{where}: <{name}> element found: {element.OuterHtml[..Math.Min(200, element.OuterHtml.Length)]}");
            if (name == "meta")
                Assert.Null(element.GetAttribute("http-equiv"));
            if (name == "link")
                Assert.Contains(element.GetAttribute("rel"), new[] { "stylesheet", "alternate", "icon" });
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{where}: event handler {attribute.Name}=\"{attribute.Value}\" on <{name}>");
                Assert.False(attribute.Name.Equals("style", StringComparison.OrdinalIgnoreCase), $"{where}: inline style on <{name}>");
                if (UrlAttributes.Contains(attribute.Name.ToLowerInvariant()))
                {
                    var value = new string(attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
                    foreach (var scheme in new[] { "javascript:", "vbscript:", "data:" })
                        Assert.False(value.StartsWith(scheme, StringComparison.Ordinal) || value.Contains("," + scheme, StringComparison.Ordinal), $"{where}: {scheme} in {attribute.Name} of <{name}>");
                }
            }
        }
    }

    /// <summary>The text a person reads in the element (entities decoded, white space folded).</summary>
    public static string Text(string html) => Forms.Text(html);

    /// <summary>A payload as it may be stored in a one-line, bounded field.</summary>
    public static string OneLine(string payload, int max) =>
        new string(string.Join(' ', payload.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Take(max).ToArray()).Trim();
}
