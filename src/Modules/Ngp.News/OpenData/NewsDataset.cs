using System.Runtime.CompilerServices;
using Ngp.Contents.Items;
using Ngp.Core.OpenData;
using Ngp.Core.Web;

namespace Ngp.News.OpenData;

/// <summary>The agency's published news as an open dataset: title, publication date, summary and address.</summary>
public sealed class NewsDataset(NewsReader news, ContentQuery query, SiteLinks links) : IOpenDataset
{
    public string Name => "actualites";

    public string Title => "Actualités";

    public string Description => "Les actualités publiées sur le site : une ligne par actualité, la plus récente d'abord, avec sa date de publication, son résumé et son adresse.";

    public IReadOnlyList<string> Keywords => ["actualités", "logement social", "information des locataires"];

    public IReadOnlyList<OpenDataColumn> Columns { get; } =
    [
        new("titre", "Titre de l'actualité"),
        new("date_de_publication", "Date et heure de publication (UTC, ISO 8601)", OpenDataType.DateTime),
        new("resume", "Résumé de l'actualité, en texte brut"),
        new("adresse", "Adresse de l'actualité sur le site", OpenDataType.Url),
    ];

    public Task<OpenDataVersion> VersionAsync(CancellationToken ct) => query.PublishedSetVersionAsync(NewsReader.TypeName, ct);

    public async IAsyncEnumerable<object?[]> RowsAsync([EnumeratorCancellation] CancellationToken ct)
    {
        for (var page = 1; ; page++)
        {
            var batch = await news.PageAsync(page, NewsReader.FeedSize * 5, ct);
            foreach (var item in batch.Items)
                yield return [item.Title, item.PublishedUtc ?? item.Version.ModifiedUtc, item.Summary, links.Absolute(item.RelativeUrl ?? "actualites")];
            if (page >= batch.PageCount)
                yield break;
        }
    }
}
