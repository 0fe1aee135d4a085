using System.Globalization;
using System.Text;

namespace Ngp.Contents.Parts;

/// <summary>Readable French addresses: « Réunion de quartier du 12 mars » → <c>reunion-de-quartier-du-12-mars</c>.</summary>
public static class Slugs
{
    public const int MaxLength = 120;

    public static string Transliterate(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant()
            .Replace("œ", "oe", StringComparison.Ordinal)
            .Replace("æ", "ae", StringComparison.Ordinal)
            .Replace("ß", "ss", StringComparison.Ordinal)
            .Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingHyphen && builder.Length > 0)
                    builder.Append('-');
                builder.Append(c);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }
        var slug = builder.ToString();
        if (slug.Length > MaxLength)
            slug = slug[..MaxLength].TrimEnd('-');
        return slug;
    }
}
