using AngleSharp.Html.Parser;
using Ngp.Contents.Rendering;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Unit;

public sealed class MarkdownRendererTests
{
    private static readonly MarkdownRenderer Renderer = new();

    public static TheoryData<int> PayloadIndexes()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Hostile.Payloads.Count; i++)
            data.Add(i);
        return data;
    }

    [Fact]
    public void Corpus_HasAtLeastThirtyPayloads() => Assert.True(Hostile.Payloads.Count >= 30);

    [Theory]
    [MemberData(nameof(PayloadIndexes))]
    public void ToHtml_HostilePayload_RendersNothingExecutable(int index)
    {
        var payload = Hostile.Payloads[index];

        var html = Renderer.ToHtml(payload + "\n\n" + $"Avant {payload} après");

        Hostile.AssertInertFragment(html, $"payload {index}: {payload}");
    }

    [Fact]
    public void ToHtml_OrdinaryMarkdown_KeepsEmphasisListsAndSafeLinks()
    {
        var html = Renderer.ToHtml("Le **12 mars** :\n\n- salle *polyvalente*\n- [plan](https://exemple.org/plan)\n\n[piège](javascript:alert(1))");

        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal("12 mars", document.QuerySelector("strong")?.TextContent);
        Assert.Equal(2, document.QuerySelectorAll("li").Length);
        var links = document.QuerySelectorAll("a").ToList();
        Assert.Equal("https://exemple.org/plan", links[0].GetAttribute("href"));
        Assert.Null(links.ElementAtOrDefault(1)?.GetAttribute("href"));
        Assert.Contains("piège", document.Body!.TextContent);
    }
}
