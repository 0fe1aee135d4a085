using Ngp.Contents.Definitions;
using Ngp.Contents.Display;
using Ngp.Contents.Items;

namespace Ngp.News;

/// <summary>Published news, newest first, as views the pages and feeds render; empty when the tenant has no News type.</summary>
public sealed class NewsReader(ContentDefinitionStore definitions, ContentQuery query, ContentPrivacy privacy)
{
    public const string TypeName = "News";
    public const int PageSize = 10;
    public const int FeedSize = 20;
    public const int HomeSize = 3;

    public async Task<NewsPage> PageAsync(int page, int pageSize, CancellationToken ct)
    {
        var type = await definitions.FindAsync(TypeName, ct);
        if (type is null)
            return new NewsPage([], 0, page, pageSize);
        var result = await query.ListAsync(new ContentFilter { Type = TypeName, Page = page, PageSize = pageSize }, ct);
        return new NewsPage(result.Items.Select(v => privacy.View(type, v)).ToList(), result.Total, page, pageSize);
    }
}
