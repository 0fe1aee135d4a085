using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Ngp.Contents.Definitions;
using Ngp.Contents.Items;
using Ngp.Core.Data;

namespace Ngp.Contents.Display;

public static class ContentDisplayEndpoints
{
    public const int SitemapLimit = 50_000;

    /// <summary><c>sitemap.xml</c>: every published item that has a public page, for search engines.</summary>
    public static void MapContentDisplay(this IEndpointRouteBuilder tenant) =>
        tenant.MapGet("sitemap.xml", async (HttpRequest request, ContentDefinitionStore definitions, NgpDbContext db, CancellationToken ct) =>
        {
            var prefixes = (await definitions.ListAsync(ct)).Where(d => d.RoutePrefix is not null).ToDictionary(d => d.Name, d => d.RoutePrefix!);
            var types = prefixes.Keys.ToList();
            var items = types.Count == 0
                ? []
                : await db.Set<ContentItemVersion>().AsNoTracking()
                    .Where(v => v.Published && v.Slug != null && types.Contains(v.ContentType))
                    .OrderByDescending(v => v.PublishedUtc)
                    .Select(v => new { v.ContentType, v.Slug, v.ModifiedUtc })
                    .Take(SitemapLimit)
                    .ToListAsync(ct);
            var root = PublicXml.BaseUrl(request);
            return PublicXml.Answer("application/xml; charset=utf-8", xml =>
            {
                const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
                xml.WriteStartDocument();
                xml.WriteStartElement("urlset", ns);
                xml.WriteStartElement("url", ns);
                xml.WriteElementString("loc", ns, root);
                xml.WriteEndElement();
                foreach (var item in items)
                {
                    xml.WriteStartElement("url", ns);
                    xml.WriteElementString("loc", ns, root + prefixes[item.ContentType] + "/" + Uri.EscapeDataString(item.Slug!));
                    xml.WriteElementString("lastmod", ns, ContentViews.IsoDate(item.ModifiedUtc));
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
                xml.WriteEndDocument();
            });
        }).AllowAnonymous().ExcludeFromDescription().CacheOutput(Ngp.Core.Web.PublicPageCacheNames.Policy);
}
