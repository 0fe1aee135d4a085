using Microsoft.AspNetCore.Http;

namespace Ngp.Core.Web;

/// <summary>
/// Pages every visitor sees alike (home, news list, a published item, feeds, sitemap) are kept rendered for a
/// minute for visitors who are not signed in, per tenant and language. Whatever changes what the public sees
/// (publishing, unpublishing, settings) forgets the tenant's pages at once through <see cref="IPublicPageCache"/>.
/// </summary>
public static class PublicPageCacheNames
{
    /// <summary>Name of the output-cache policy to put on a public page or endpoint.</summary>
    public const string Policy = "ngp-public";

    /// <summary>
    /// Policy of public pages that show counts other web nodes change without telling this one (the live results
    /// of a consultation): kept <see cref="LiveLifetime"/> only.
    /// </summary>
    public const string LivePolicy = "ngp-public-live";

    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    public static readonly TimeSpan LiveLifetime = TimeSpan.FromSeconds(5);

    public static string TagFor(string tenant) => "tenant:" + tenant;

    /// <summary>The tag of every public page of every tenant.</summary>
    public const string AllTag = "public";

    public static string TagFor(string tenant, string itemId) => "item:" + tenant + ":" + itemId;

    private static readonly object ItemsKey = new();

    /// <summary>
    /// Marks the page being rendered as showing this content item, so that <see cref="IPublicPageCache.InvalidateItemAsync"/>
    /// forgets it (a vote forgets the pages that show the consultation's results, and only those).
    /// </summary>
    public static void Shows(HttpContext http, string itemId)
    {
        if (http.Items[ItemsKey] is not List<string> items)
            http.Items[ItemsKey] = items = [];
        items.Add(itemId);
    }

    internal static IEnumerable<string> ItemsShown(HttpContext http) => http.Items[ItemsKey] as List<string> ?? [];
}
