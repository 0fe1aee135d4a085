using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Ngp.Contents.Definitions;
using Ngp.Core.Web.Charts;
using Ngp.Projects.Parts;

namespace Ngp.Tests.Unit;

public sealed class IndicatorTests
{
    private static Indicator Heating(params double[] values) =>
        new("Consommation de chauffage", "kWh/m²/an", 90, values.Select((v, i) => new Measure($"2026-0{i + 1}-01", v)).ToList(), LowerIsBetter: true);

    [Fact]
    public void Progress_LowerIsBetter_IsTheWayFromTheFirstMeasureDownToTheTarget()
    {
        var indicator = Heating(175, 132, 80);

        Assert.Equal(0, indicator.Progress(175));
        Assert.Equal(50.6, Math.Round(indicator.Progress(132)!.Value, 1));
        Assert.Equal(100, indicator.Progress(80));
    }

    [Fact]
    public void Progress_HigherIsBetter_IsTheShareOfTheTarget()
    {
        var indicator = new Indicator("Logements isolés", "logements", 120, [new Measure("2026-01-01", 18)]);

        Assert.Equal(15, indicator.Progress(18));
    }

    [Fact]
    public void RoadMap_WithABetterThatIsNeitherWay_IsRefusedInFrench()
    {
        var errors = new List<string>();
        var input = JsonNode.Parse("""{"indicators":[{"name":"Bruit","unit":"dB","target":40,"better":"moins","values":[]}]}""")!.AsObject();

        new RoadMapPart().Normalize(input, new ContentPartDefinition { Name = "RoadMap" }, errors);

        Assert.Contains(errors, e => e.Contains("plus bas, c'est mieux", StringComparison.Ordinal));
    }

    [Fact]
    public void RoadMap_HigherIsBetter_KeepsTheStoredShapeWithoutBetter()
    {
        var errors = new List<string>();
        var input = JsonNode.Parse("""{"indicators":[{"name":"Vélos","unit":"vélos","target":40,"values":[]},{"name":"Bruit","unit":"dB","target":40,"better":"lower","values":[]}]}""")!.AsObject();

        var stored = new RoadMapPart().Normalize(input, new ContentPartDefinition { Name = "RoadMap" }, errors);

        Assert.Empty(errors);
        Assert.Null(stored["indicators"]![0]!["better"]);
        Assert.Equal("lower", stored["indicators"]![1]!["better"]!.GetValue<string>());
    }

    [Fact]
    public void Bars_WithALongValueText_KeepTheWholeTextInsideTheChart()
    {
        var svg = SvgCharts.Bars("i", "Logements", [new ChartBar("31 décembre 2026", 18, "18 logements"), new ChartBar("30 juin 2027", 1250, "1 250 logements")], target: 120);

        var width = double.Parse(Regex.Match(svg, "viewBox=\"0 0 (\\d+) ").Groups[1].Value, CultureInfo.InvariantCulture);
        var valueStarts = Regex.Matches(svg, "<text x=\"([\\d.]+)\"[^>]*>(\\d[^<]*)</text>").Select(m => (X: double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Text: m.Groups[2].Value))
            .Where(t => t.Text.Contains("logements", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, valueStarts.Count);
        // At most 8 px a character for 14 px text: the whole value fits before the right edge.
        Assert.All(valueStarts, v => Assert.True(v.X + v.Text.Length * 8 <= width, $"« {v.Text} » starts at {v.X} of {width}"));
    }
}
