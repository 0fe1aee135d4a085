using Ngp.Core.Modules;

namespace Ngp.News;

/// <summary>The three latest news on the agency's home page, first of the modules' sections.</summary>
public sealed class NewsHomeSection : IHomeSection
{
    public int Order => 10;

    public string PartialName => "News-Home";
}
