using Ngp.Contents.Items;
using Ngp.Core.Web;
using Ngp.Print.Posters;

namespace Ngp.News;

/// <summary>A news item's poster: its title, summary and date.</summary>
public sealed class NewsPoster : IPosterContent
{
    public string ContentType => "News";

    public Task<PosterFacts> ReadAsync(ContentItemVersion published, CancellationToken ct)
    {
        var facts = new PublishedFacts(published);
        return Task.FromResult(new PosterFacts
        {
            Kind = "Actualité",
            Title = published.DisplayText,
            Essentials = facts.Summary,
            Fields = published.PublishedUtc is { } at ? [new PosterField("Publiée le", ParisTime.Date(at, ParisTime.French))] : [],
        });
    }
}
