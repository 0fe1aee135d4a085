using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Ngp.Contents.Definitions;
using Ngp.Core.Data;
using Ngp.Core.Web;

namespace Ngp.Contents.Items;

/// <summary>Reading content for pages, feeds and the API. The public only ever gets published versions from here.</summary>
public sealed class ContentQuery(NgpDbContext db, ContentDefinitionStore definitions)
{
    private IQueryable<ContentItemVersion> Versions => db.Set<ContentItemVersion>().AsNoTracking();

    public async Task<ContentPage> ListAsync(ContentFilter filter, CancellationToken ct)
    {
        var query = Versions;
        if (filter.Status is { } status)
            query = query.Where(v => v.Latest && v.Status == status);
        else if (filter.AllLatest)
            query = query.Where(v => v.Latest);
        else
            query = query.Where(v => v.Published);
        // Filters come from query strings: a control character there (which PostgreSQL refuses) matches nothing anyway.
        filter = filter with { Type = TextInput.WithoutControlCharacters(filter.Type), Tag = TextInput.WithoutControlCharacters(filter.Tag), Text = TextInput.WithoutControlCharacters(filter.Text) };
        if (filter.Type is { } type)
            query = query.Where(v => v.ContentType == type);
        if (filter.AuthorId is { } author)
            query = query.Where(v => v.AuthorId == author);
        if (filter.Ambition is { } ambition)
            query = query.Where(v => v.Ambition == ambition);
        if (!string.IsNullOrWhiteSpace(filter.Tag))
        {
            var tag = filter.Tag.Trim();
            query = query.Where(v => v.Tags.Any(t => t.Tag == tag));
        }
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim().ToLower();
            query = query.Where(v => v.DisplayText.ToLower().Contains(text));
        }
        var total = await query.CountAsync(ct);
        var pageSize = Math.Clamp(filter.PageSize, 1, 100);
        // Beyond this page the offset would overflow (PostgreSQL refuses a negative one); such a page is empty anyway.
        var page = Math.Clamp(filter.Page, 1, int.MaxValue / pageSize);
        var ordered = filter.Status is null && !filter.AllLatest
            ? query.OrderByDescending(v => v.PublishedUtc).ThenByDescending(v => v.Id)
            : query.OrderByDescending(v => v.ModifiedUtc).ThenByDescending(v => v.Id);
        var items = await ordered.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new ContentPage(items, total);
    }

    /// <summary>How many items have their latest version in this state (<see cref="ContentStatus.AwaitingApproval"/>: the approval queue).</summary>
    public Task<int> CountAsync(ContentStatus status, CancellationToken ct) =>
        Versions.CountAsync(v => v.Latest && v.Status == status, ct);

    /// <summary>
    /// The state of a type's published items for an open dataset: the count and the sum of the published versions'
    /// ids change with any publication or withdrawal, and the last change is that of the latest versions (a
    /// withdrawal dates its item) or the last publication (a scheduled one dates nothing else).
    /// </summary>
    public async Task<Ngp.Core.OpenData.OpenDataVersion> PublishedSetVersionAsync(string type, CancellationToken ct)
    {
        var published = Versions.Where(v => v.ContentType == type && v.Published);
        var count = await published.CountAsync(ct);
        var sum = count == 0 ? 0 : await published.SumAsync(v => v.Id, ct);
        var modified = await Versions.Where(v => v.ContentType == type && v.Latest)
            .OrderByDescending(v => v.ModifiedUtc).Select(v => (DateTimeOffset?)v.ModifiedUtc).FirstOrDefaultAsync(ct);
        var publishedAt = await published.OrderByDescending(v => v.PublishedUtc).Select(v => v.PublishedUtc).FirstOrDefaultAsync(ct);
        var last = modified is null ? publishedAt : publishedAt is null ? modified : (modified > publishedAt ? modified : publishedAt);
        return new Ngp.Core.OpenData.OpenDataVersion(last, FormattableString.Invariant($"{type}:{count}:{sum}:{last?.UtcTicks}"));
    }

    public Task<ContentItemVersion?> PublishedAsync(string id, CancellationToken ct) =>
        Versions.SingleOrDefaultAsync(v => v.ContentItemId == id && v.Published, ct);

    /// <summary>
    /// The published version's id, type and last change: enough to tell whether what was read from it earlier is
    /// still what is published (a published version's data never changes; publishing again gives a new stamp).
    /// </summary>
    public Task<PublishedVersionStamp?> PublishedStampAsync(string id, CancellationToken ct) =>
        Versions.Where(v => v.ContentItemId == id && v.Published)
            .Select(v => new PublishedVersionStamp(v.Id, v.ContentType, v.ModifiedUtc)).SingleOrDefaultAsync(ct);

    /// <summary>The published title of each id, in one query; ids with nothing published are absent.</summary>
    public async Task<IReadOnlyDictionary<string, string>> PublishedTitlesAsync(IEnumerable<string> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        return wanted.Count == 0
            ? new Dictionary<string, string>()
            : await Versions.Where(v => v.Published && wanted.Contains(v.ContentItemId)).ToDictionaryAsync(v => v.ContentItemId, v => v.DisplayText, ct);
    }

    /// <summary>
    /// The published title and public address (relative to the tenant) of each id, in one query; ids with nothing
    /// published are absent, and the address is null for a type without a public page.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, PublishedLink>> PublishedLinksAsync(IEnumerable<string> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0)
            return new Dictionary<string, PublishedLink>();
        var rows = await Versions.Where(v => v.Published && wanted.Contains(v.ContentItemId))
            .Select(v => new { v.ContentItemId, v.ContentType, v.DisplayText, v.Slug }).ToListAsync(ct);
        var links = new Dictionary<string, PublishedLink>();
        foreach (var row in rows)
        {
            var type = await definitions.FindAsync(row.ContentType, ct);
            var url = type?.RoutePrefix is { } prefix && row.Slug is { } slug ? $"{prefix}/{slug}" : null;
            links[row.ContentItemId] = new PublishedLink(row.DisplayText, url);
        }
        return links;
    }

    public Task<ContentItemVersion?> LatestAsync(string id, CancellationToken ct) =>
        Versions.SingleOrDefaultAsync(v => v.ContentItemId == id && v.Latest, ct);

    public Task<List<ContentItemVersion>> VersionsAsync(string id, CancellationToken ct) =>
        Versions.Where(v => v.ContentItemId == id).OrderByDescending(v => v.Number).ToListAsync(ct);

    public Task<ContentItemVersion?> VersionAsync(string id, int number, CancellationToken ct) =>
        Versions.SingleOrDefaultAsync(v => v.ContentItemId == id && v.Number == number, ct);

    /// <summary>The published item of a type at a slug, or the slug it moved to (for a 301).</summary>
    public async Task<SlugMatch> BySlugAsync(string type, string slug, CancellationToken ct)
    {
        var row = await db.Set<ContentSlug>().AsNoTracking().SingleOrDefaultAsync(s => s.ContentType == type && s.Slug == slug, ct);
        if (row is null)
            return new SlugMatch(null, null);
        var item = await PublishedAsync(row.ContentItemId, ct);
        if (item is null)
            return new SlugMatch(null, null);
        return row.IsCurrent || item.Slug == slug ? new SlugMatch(item, null) : new SlugMatch(null, item.Slug);
    }

    /// <summary>The public address of a published item relative to the tenant (<c>actualites/mon-titre</c>), or null.</summary>
    public async Task<string?> RelativeUrlAsync(ContentItemVersion item, CancellationToken ct)
    {
        var type = await definitions.FindAsync(item.ContentType, ct);
        return type?.RoutePrefix is { } prefix && item.Slug is { } slug ? $"{prefix}/{slug}" : null;
    }

    public static JsonObject Data(ContentItemVersion version) => JsonNode.Parse(version.Data)!.AsObject();
}
