using System.Globalization;
using System.Net;
using System.Text;

namespace Ngp.Participation.Charts;

public sealed record ChartBar(string Label, double Value, string ValueText);

/// <summary>
/// Charts drawn on the server as SVG: they read without JavaScript, and the figures are always also in a data
/// table beside them, so the SVG is a picture (<c>role="img"</c>) with a short text alternative.
/// </summary>
public static class SvgCharts
{
    private const int Width = 640;
    private const int BarHeight = 28;
    private const int Gap = 10;
    private const int LabelWidth = 230;

    // A generous average advance of a 14 px sans-serif character, so text measured by its length is never cut.
    private const int CharacterWidth = 9;

    /// <summary>Horizontal bars from 0 to <paramref name="max"/> (the largest value when null).</summary>
    public static string Bars(string id, string title, IReadOnlyList<ChartBar> bars, double? max = null, double? target = null)
    {
        var top = max ?? Math.Max(bars.Count == 0 ? 0 : bars.Max(b => b.Value), target ?? 0);
        if (top <= 0)
            top = 1;
        var height = bars.Count * (BarHeight + Gap) + Gap;
        // The value after each bar gets the room of the longest one (« 18 logements »), so none is cut at the edge.
        var valueWidth = Math.Min(220, 16 + (bars.Count == 0 ? 0 : bars.Max(b => b.ValueText.Length)) * CharacterWidth);
        var plot = Width - LabelWidth - valueWidth;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" id=\"{Enc(id)}\" role=\"img\" aria-labelledby=\"{Enc(id)}-title\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{Enc(id)}-title\">{Enc(title)}</title>");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = Gap + i * (BarHeight + Gap);
            var w = Math.Max(0, plot * bar.Value / top);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 19}\" font-size=\"14\" fill=\"#1a1a1a\">{Enc(Clip(bar.Label, 32))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{plot}\" height=\"{BarHeight}\" fill=\"#e8eef5\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{w:0.#}\" height=\"{BarHeight}\" fill=\"#0b5394\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + plot + 8}\" y=\"{y + 19}\" font-size=\"14\" fill=\"#1a1a1a\">{Enc(bar.ValueText)}</text>");
        }
        if (target is { } t && t > 0)
        {
            var x = LabelWidth + plot * Math.Min(t, top) / top;
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x:0.#}\" y1=\"0\" x2=\"{x:0.#}\" y2=\"{height}\" stroke=\"#b30000\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Clip(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";

    private static string Enc(string s) => WebUtility.HtmlEncode(s);

    public static string Number(double value) => value.ToString("0.##", CultureInfo.GetCultureInfo("fr-FR"));
}
