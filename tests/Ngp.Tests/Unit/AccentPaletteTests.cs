using Ngp.Theme.Public;

namespace Ngp.Tests.Unit;

public sealed class AccentPaletteTests
{
    [Theory]
    [InlineData("#ffd700")]
    [InlineData("#7fdbff")]
    [InlineData("#fff")]
    public void From_ALightColour_IsDarkenedUntilTextInItReadsOnWhiteAndOnItsTint(string color)
    {
        var palette = AccentPalette.From(color);

        Assert.True(AccentPalette.Contrast(palette.Accent, "#ffffff") >= 4.5, $"{palette.Accent} on white");
        Assert.True(AccentPalette.Contrast(palette.Accent, palette.Soft) >= 4.5, $"{palette.Accent} on {palette.Soft}");
        Assert.True(AccentPalette.Contrast(palette.Dark, "#ffffff") >= 7, $"white on {palette.Dark}");
    }

    [Fact]
    public void From_ADarkEnoughColour_KeepsItAsTheAgencyChoseIt()
    {
        Assert.Equal("#0a5c36", AccentPalette.From("#0A5C36").Accent);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("red")]
    [InlineData("#12345g")]
    [InlineData("#000;}body{display:none")]
    public void From_AnythingButAHexColour_GivesTheDefaultAndWritesNoCssOfItsOwn(string? color)
    {
        var palette = AccentPalette.From(color);

        Assert.Equal(AccentPalette.From(AccentPalette.DefaultColor), palette);
        Assert.Matches("^:root\\{--accent:#[0-9a-f]{6};--accent-dark:#[0-9a-f]{6};--accent-soft:#[0-9a-f]{6}\\}\n$", palette.ToCss());
    }
}
