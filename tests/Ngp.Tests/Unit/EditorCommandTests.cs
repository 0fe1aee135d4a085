using Microsoft.Extensions.Primitives;
using Ngp.Contents.Editors;

namespace Ngp.Tests.Unit;

public sealed class EditorCommandTests
{
    private static Dictionary<string, StringValues> Indicators() => new(StringComparer.Ordinal)
    {
        ["parts.RoadMap.dialogue"] = "Réunions",
        ["parts.RoadMap.indicators[0].name"] = "Chauffage",
        ["parts.RoadMap.indicators[0].values[0].date"] = "2026-01-01",
        ["parts.RoadMap.indicators[1].name"] = "Satisfaction",
        ["parts.RoadMap.indicators[1].values[0].date"] = "2026-02-02",
        ["parts.RoadMap.indicators[1].values[1].date"] = "2026-03-03",
        ["parts.RoadMap.indicators[2].name"] = "Eau",
    };

    [Fact]
    public void Remove_AnItemInTheMiddle_RenumbersTheItemsAfterItWithTheirNestedInputs()
    {
        var values = Indicators();

        var focus = EditorCommand.Parse("parts.RoadMap.indicators|remove|0")!.Apply(values);

        Assert.Equal("Satisfaction", values["parts.RoadMap.indicators[0].name"]);
        Assert.Equal("2026-03-03", values["parts.RoadMap.indicators[0].values[1].date"]);
        Assert.Equal("Eau", values["parts.RoadMap.indicators[1].name"]);
        Assert.DoesNotContain(values.Keys, k => k.StartsWith("parts.RoadMap.indicators[2]", StringComparison.Ordinal));
        Assert.Equal("Réunions", values["parts.RoadMap.dialogue"]);
        Assert.Equal("parts.RoadMap.indicators[0].", focus?.InputPrefix);
    }

    [Fact]
    public void Down_TheFirstItem_SwapsItWithTheSecondAndKeepsTheFocusOnTheMovedItem()
    {
        var values = Indicators();

        var focus = EditorCommand.Parse("parts.RoadMap.indicators|down|0")!.Apply(values);

        Assert.Equal(["Satisfaction", "Chauffage", "Eau"], Enumerable.Range(0, 3).Select(i => values[$"parts.RoadMap.indicators[{i}].name"].ToString()));
        Assert.Equal("2026-01-01", values["parts.RoadMap.indicators[1].values[0].date"]);
        Assert.False(values.ContainsKey("parts.RoadMap.indicators[1].values[1].date"));
        Assert.Equal("parts.RoadMap.indicators|down|1", focus?.Button);
    }

    [Fact]
    public void Add_ToANestedList_MakesAnEmptyItemTheFormReadsAsNew()
    {
        var values = Indicators();

        EditorCommand.Parse("parts.RoadMap.indicators[1].values|add|")!.Apply(values);

        var measures = new PartForm(values, "parts.RoadMap").Items("indicators")[1].Items("values");
        Assert.Equal(3, measures.Count);
        Assert.True(measures[2].IsNew);
        Assert.Equal("", measures[2].Text("date"));
    }

    [Theory]
    [InlineData("parts.RoadMap.indicators|up|0")]
    [InlineData("parts.RoadMap.indicators|down|2")]
    [InlineData("parts.RoadMap.indicators|remove|7")]
    [InlineData("parts.RoadMap.indicators|remove|-1")]
    public void Move_OutOfTheList_ChangesNothing(string command)
    {
        var values = Indicators();

        var focus = EditorCommand.Parse(command)!.Apply(values);

        Assert.Null(focus);
        Assert.Equal(Indicators(), values);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("save")]
    [InlineData("Identity.Password|remove|0")]
    [InlineData("parts.RoadMap.indicators|remove")]
    public void Parse_AnythingButAPartOrFieldCommand_IsNoCommand(string? value) => Assert.Null(EditorCommand.Parse(value));
}
