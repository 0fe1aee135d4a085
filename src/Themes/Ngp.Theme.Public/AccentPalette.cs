using System.Globalization;

namespace Ngp.Theme.Public;

/// <summary>
/// The agency's colour (<c>SiteSettings.PrimaryColor</c>) made safe to build the site with: the accent is darkened
/// until text in it reads at 4.5:1 on white and on its own tint, so any colour an agency picks passes WCAG AA.
/// </summary>
public sealed record AccentPalette(string Accent, string Dark, string Soft)
{
    public const string DefaultColor = "#0b4f8a";

    private const double TextContrast = 4.5;

    /// <summary>Anything but <c>#rgb</c> or <c>#rrggbb</c> falls back to the default, so a setting never writes CSS of its own.</summary>
    public static AccentPalette From(string? color)
    {
        var rgb = Parse(color) ?? Parse(DefaultColor)!.Value;
        var soft = Mix(rgb, (255, 255, 255), 0.9);
        var accent = rgb;
        // Five-percent steps towards black: at most twenty, black itself passes.
        for (var step = 1; step <= 20 && Contrast(accent, soft) < TextContrast; step++)
            accent = Mix(rgb, (0, 0, 0), 0.05 * step);
        var dark = Mix(accent, (0, 0, 0), 0.3);
        return new AccentPalette(Hex(accent), Hex(dark), Hex(soft));
    }

    /// <summary>The stylesheet that sets the theme's colour variables (CSP forbids inline styles, so it is a file of its own).</summary>
    public string ToCss() => $":root{{--accent:{Accent};--accent-dark:{Dark};--accent-soft:{Soft}}}\n";

    /// <summary>WCAG contrast ratio of two colours given as <c>#rrggbb</c>.</summary>
    public static double Contrast(string a, string b) => Contrast(Parse(a)!.Value, Parse(b)!.Value);

    private static double Contrast((int R, int G, int B) a, (int R, int G, int B) b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance((int R, int G, int B) c)
    {
        static double Channel(int v)
        {
            var s = v / 255.0;
            return s <= 0.03928 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(c.R) + 0.7152 * Channel(c.G) + 0.0722 * Channel(c.B);
    }

    private static (int R, int G, int B) Mix((int R, int G, int B) c, (int R, int G, int B) with, double amount) =>
        ((int)Math.Round(c.R + (with.R - c.R) * amount), (int)Math.Round(c.G + (with.G - c.G) * amount), (int)Math.Round(c.B + (with.B - c.B) * amount));

    private static (int R, int G, int B)? Parse(string? color)
    {
        var hex = color?.Trim();
        if (hex is null || hex.Length is not (4 or 7) || hex[0] != '#' || !hex.Skip(1).All(char.IsAsciiHexDigit))
            return null;
        if (hex.Length == 4)
            hex = $"#{hex[1]}{hex[1]}{hex[2]}{hex[2]}{hex[3]}{hex[3]}";
        int Byte(int at) => int.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return (Byte(1), Byte(3), Byte(5));
    }

    private static string Hex((int R, int G, int B) c) => string.Create(CultureInfo.InvariantCulture, $"#{c.R:x2}{c.G:x2}{c.B:x2}");
}
