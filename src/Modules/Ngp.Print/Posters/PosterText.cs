using System.Text.RegularExpressions;

namespace Ngp.Print.Posters;

/// <summary>Markdown and long text of content made plain for paper: points of a list, without the marks.</summary>
public static partial class PosterText
{
    /// <summary>The points of a Markdown text: one per list item or paragraph, emphasis and link marks removed.</summary>
    public static IReadOnlyList<string> Points(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
            return [];
        var points = new List<string>();
        var current = "";
        foreach (var raw in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim();
            var item = ListMark().Match(line);
            if (line.Length == 0 || item.Success || line.StartsWith('#'))
            {
                Flush();
                current = item.Success ? line[item.Length..] : line.TrimStart('#').Trim();
                if (line.Length == 0)
                    current = "";
                continue;
            }
            current = current.Length == 0 ? line : current + " " + line;
        }
        Flush();
        return points;

        void Flush()
        {
            var plain = Plain(current);
            if (plain.Length > 0)
                points.Add(plain);
            current = "";
        }
    }

    /// <summary>One line of plain text from Markdown: links keep their words, emphasis loses its marks.</summary>
    public static string Plain(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
            return "";
        var text = Link().Replace(markdown, "$1");
        text = Emphasis().Replace(text, "");
        return Spaces().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"^(?:[-*+]|\d+[.)])\s+")]
    private static partial Regex ListMark();

    [GeneratedRegex(@"!?\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(\*\*|__|\*|`)")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
