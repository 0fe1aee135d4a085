using System.Globalization;
using System.Net;
using System.Text;

namespace Ngp.Core.Web.Charts;

/// <summary>
/// Charts drawn on the server as SVG: they read without JavaScript, and the figures are always also in a data
/// table beside them, so the SVG is a picture (<c>role="img"</c>) with a short text alternative.
/// </summary>
public static class SvgCharts
{
    // Narrow enough to be read on a phone without scrolling (16 px text at 420 px wide, about 12 px on a 360 px screen):
    // each answer's label sits on its own line above its bar, so the bar keeps the width the label would take.
    private const int Width = 420;
    private const int LabelHeight = 22;
    private const int BarHeight = 24;
    private const int Gap = 14;
    private const int FontSize = 16;

    // A generous average advance of a 16 px sans-serif character, so text measured by its length is never cut.
    private const int CharacterWidth = 10;

    /// <summary>Horizontal bars from 0 to <paramref name="max"/> (the largest value when null).</summary>
    public static string Bars(string id, string title, IReadOnlyList<ChartBar> bars, double? max = null, double? target = null)
    {
        var top = max ?? Math.Max(bars.Count == 0 ? 0 : bars.Max(b => b.Value), target ?? 0);
        if (top <= 0)
            top = 1;
        const int row = LabelHeight + BarHeight + Gap;
        var height = bars.Count * row + Gap;
        // The value after each bar gets the room of the longest one (« 18 logements »), so none is cut at the edge.
        var valueWidth = Math.Min(200, 12 + (bars.Count == 0 ? 0 : bars.Max(b => b.ValueText.Length)) * CharacterWidth);
        var plot = Width - valueWidth;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" id=\"{Enc(id)}\" role=\"img\" aria-labelledby=\"{Enc(id)}-title\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{Enc(id)}-title\">{Enc(title)}</title>");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = Gap + i * row;
            var barY = y + LabelHeight;
            var w = Math.Max(0, plot * bar.Value / top);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 16}\" font-size=\"{FontSize}\" fill=\"#1a1a1a\">{Enc(Clip(bar.Label, Width / CharacterWidth))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"track\" x=\"0\" y=\"{barY}\" width=\"{plot}\" height=\"{BarHeight}\" fill=\"#e8eef5\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" x=\"0\" y=\"{barY}\" width=\"{w:0.#}\" height=\"{BarHeight}\" fill=\"#0b5394\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{plot + 8}\" y=\"{barY + 18}\" font-size=\"{FontSize}\" fill=\"#1a1a1a\">{Enc(bar.ValueText)}</text>");
        }
        if (target is { } t && t > 0)
        {
            var x = plot * Math.Min(t, top) / top;
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x:0.#}\" y1=\"{LabelHeight}\" x2=\"{x:0.#}\" y2=\"{height}\" stroke=\"#b30000\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Clip(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";

    private static string Enc(string s) => WebUtility.HtmlEncode(s);

    public static string Number(double value) => value.ToString("0.##", CultureInfo.GetCultureInfo("fr-FR"));
}
