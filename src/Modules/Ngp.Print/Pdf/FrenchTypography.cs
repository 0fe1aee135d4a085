using System.Text;

namespace Ngp.Print.Pdf;

/// <summary>
/// French typography for printed text: a narrow no-break space before « ; ! ? » and inside « », a no-break space
/// before « : », straight quotes turned into « », so that a line never starts with a lone punctuation mark.
/// </summary>
public static class FrenchTypography
{
    /// <summary>U+00A0, before a colon.</summary>
    public const char NoBreakSpace = '\u00A0';

    /// <summary>U+202F, before ; ! ? and inside guillemets.</summary>
    public const char NarrowNoBreakSpace = '\u202F';

    public static string Apply(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        var quoted = QuoteStraightQuotes(text);
        var result = new StringBuilder(quoted.Length + 8);
        for (var i = 0; i < quoted.Length; i++)
        {
            var c = quoted[i];
            switch (c)
            {
                case ':' or ';' or '!' or '?' or '»' when !IsPartOfAddress(quoted, i):
                    TrimSpacesAtEnd(result);
                    if (result.Length > 0 && !char.IsWhiteSpace(result[^1]) && !IsSamePunctuation(result[^1]))
                        result.Append(c == ':' ? NoBreakSpace : NarrowNoBreakSpace);
                    result.Append(c);
                    break;
                case '«':
                    result.Append(c).Append(NarrowNoBreakSpace);
                    while (i + 1 < quoted.Length && quoted[i + 1] is ' ' or NoBreakSpace or NarrowNoBreakSpace)
                        i++;
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }
        return result.ToString();
    }

    // « ?! » takes a single space before the first mark only.
    private static bool IsSamePunctuation(char previous) => previous is '!' or '?' or ':' or ';';

    private static void TrimSpacesAtEnd(StringBuilder text)
    {
        while (text.Length > 0 && text[^1] is ' ' or NoBreakSpace or NarrowNoBreakSpace)
            text.Length--;
    }

    // Web addresses and times keep their marks (https://…/a?b=1, 18:30): a mark glued to the letter, digit or slash after it.
    private static bool IsPartOfAddress(string text, int index) =>
        text[index] != '»' && index + 1 < text.Length && (char.IsLetterOrDigit(text[index + 1]) || text[index + 1] is '/' or '=');

    private static string QuoteStraightQuotes(string text)
    {
        if (!text.Contains('"'))
            return text;
        var result = new StringBuilder(text.Length);
        var open = true;
        foreach (var c in text)
        {
            if (c != '"')
            {
                result.Append(c);
                continue;
            }
            result.Append(open ? '«' : '»');
            open = !open;
        }
        return result.ToString();
    }
}
