using Ngp.Workflows.Liquid;

namespace Ngp.Tests.Unit;

public sealed class WorkflowLiquidDatesTests
{
    private static Task<string> RenderAsync(string template, string value)
    {
        var scope = new LiquidScope();
        scope.Values["Start"] = value;
        return new WorkflowLiquid().RenderAsync(template, scope);
    }

    [Theory]
    [InlineData("{{ Start | date_paris }}", "2026-10-01T16:30:00Z", "1er octobre 2026 à 18 h 30")]
    [InlineData("{{ Start | date_paris: \"date\" }}", "2026-10-01T16:30:00Z", "1er octobre 2026")]
    [InlineData("{{ Start | date_paris }}", "2026-12-08T18:30", "8 décembre 2026 à 18 h 30")] // a local time is Paris time
    [InlineData("{{ Start | date_paris }}", "2026-03-01", "1er mars 2026")]
    [InlineData("{{ Start | date_paris }}", "bientôt", "bientôt")]
    public async Task DateParisFilter_InAWorkflowMessage_WritesTheParisDateInFrench(string template, string value, string expected)
    {
        Assert.Equal(expected, await RenderAsync(template, value));
    }
}
