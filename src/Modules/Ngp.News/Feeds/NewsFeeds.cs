using System.Globalization;
using System.Xml;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Ngp.Contents.Display;
using Ngp.Core.Settings;
using Ngp.Core.Tenancy;

namespace Ngp.News.Feeds;

/// <summary>
/// RSS 2.0 and Atom 1.0 feeds of the 20 latest published news. Addresses are absolute, built from the request
/// (scheme, host, path base); summaries are plain text, escaped by the XML writer, so a feed reader runs nothing.
/// </summary>
public static class NewsFeeds
{
    public const string RssPath = "actualites/rss.xml";
    public const string AtomPath = "actualites/atom.xml";
    public const string RssContentType = "application/rss+xml; charset=utf-8";
    public const string AtomContentType = "application/atom+xml; charset=utf-8";
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    public static void MapNewsFeeds(this IEndpointRouteBuilder tenant)
    {
        tenant.MapGet(RssPath, async (HttpRequest request, NewsReader news, ISiteSettingsStore settings, ITenantContext tenantContext, CancellationToken ct) =>
        {
            var feed = await FeedAsync(request, news, settings, tenantContext, ct);
            return PublicXml.Answer(RssContentType, xml => WriteRss(xml, feed));
        }).AllowAnonymous().ExcludeFromDescription();

        tenant.MapGet(AtomPath, async (HttpRequest request, NewsReader news, ISiteSettingsStore settings, ITenantContext tenantContext, CancellationToken ct) =>
        {
            var feed = await FeedAsync(request, news, settings, tenantContext, ct);
            return PublicXml.Answer(AtomContentType, xml => WriteAtom(xml, feed));
        }).AllowAnonymous().ExcludeFromDescription();
    }

    private sealed record Feed(string SiteName, string Root, string TenantName, IReadOnlyList<ContentView> Items)
    {
        public string ListUrl => Root + "actualites";

        public DateTimeOffset Updated => Items.Count == 0 ? DateTimeOffset.UnixEpoch : Items.Max(i => i.Version.ModifiedUtc);

        public string Link(ContentView item) => Root + (item.RelativeUrl ?? "actualites");

        /// <summary>Stable across slug changes, so a reader does not show a renamed item twice.</summary>
        public string Id(ContentView item) => $"urn:ngp:{TenantName}:content:{item.Version.ContentItemId}";
    }

    private static async Task<Feed> FeedAsync(HttpRequest request, NewsReader news, ISiteSettingsStore settings, ITenantContext tenantContext, CancellationToken ct)
    {
        var page = await news.PageAsync(1, NewsReader.FeedSize, ct);
        var site = await settings.GetAsync(ct);
        return new Feed(site.SiteName, PublicXml.BaseUrl(request), tenantContext.Tenant.Name, page.Items);
    }

    private static void WriteRss(XmlWriter xml, Feed feed)
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("rss");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteAttributeString("xmlns", "atom", null, AtomNamespace);
        xml.WriteStartElement("channel");
        xml.WriteElementString("title", PublicXml.Clean($"Actualités — {feed.SiteName}"));
        xml.WriteElementString("link", feed.ListUrl);
        xml.WriteElementString("description", PublicXml.Clean($"Les actualités de {feed.SiteName}"));
        xml.WriteElementString("language", "fr-FR");
        xml.WriteElementString("lastBuildDate", Rfc822(feed.Updated));
        xml.WriteStartElement("atom", "link", AtomNamespace);
        xml.WriteAttributeString("href", feed.Root + RssPath);
        xml.WriteAttributeString("rel", "self");
        xml.WriteAttributeString("type", "application/rss+xml");
        xml.WriteEndElement();
        foreach (var item in feed.Items)
        {
            xml.WriteStartElement("item");
            xml.WriteElementString("title", EscapeHtml(item.Title));
            xml.WriteElementString("link", feed.Link(item));
            xml.WriteStartElement("guid");
            xml.WriteAttributeString("isPermaLink", "false");
            xml.WriteString(feed.Id(item));
            xml.WriteEndElement();
            xml.WriteElementString("pubDate", Rfc822(item.PublishedUtc ?? item.Version.ModifiedUtc));
            if (item.Summary is { } summary)
                xml.WriteElementString("description", EscapeHtml(summary));
            foreach (var tag in item.Tags)
                xml.WriteElementString("category", PublicXml.Clean(tag));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteAtom(XmlWriter xml, Feed feed)
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("feed", AtomNamespace);
        xml.WriteAttributeString("xml", "lang", null, "fr");
        xml.WriteElementString("id", AtomNamespace, feed.ListUrl);
        xml.WriteElementString("title", AtomNamespace, PublicXml.Clean($"Actualités — {feed.SiteName}"));
        xml.WriteElementString("updated", AtomNamespace, Rfc3339(feed.Updated));
        WriteLink(xml, feed.Root + AtomPath, "self", "application/atom+xml");
        WriteLink(xml, feed.ListUrl, "alternate", "text/html");
        xml.WriteStartElement("author", AtomNamespace);
        xml.WriteElementString("name", AtomNamespace, PublicXml.Clean(feed.SiteName));
        xml.WriteEndElement();
        foreach (var item in feed.Items)
        {
            xml.WriteStartElement("entry", AtomNamespace);
            xml.WriteElementString("id", AtomNamespace, feed.Id(item));
            WriteText(xml, "title", item.Title);
            xml.WriteElementString("updated", AtomNamespace, Rfc3339(item.Version.ModifiedUtc));
            xml.WriteElementString("published", AtomNamespace, Rfc3339(item.PublishedUtc ?? item.Version.ModifiedUtc));
            WriteLink(xml, feed.Link(item), "alternate", "text/html");
            if (item.Summary is { } summary)
                WriteText(xml, "summary", summary);
            foreach (var tag in item.Tags)
            {
                xml.WriteStartElement("category", AtomNamespace);
                xml.WriteAttributeString("term", PublicXml.Clean(tag));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteLink(XmlWriter xml, string href, string rel, string type)
    {
        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static void WriteText(XmlWriter xml, string name, string text)
    {
        xml.WriteStartElement(name, AtomNamespace);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(PublicXml.Clean(text));
        xml.WriteEndElement();
    }

    /// <summary>
    /// RSS readers take an item's description (and often its title) as HTML: the plain text is escaped once for
    /// HTML here, then once more for XML by the writer, so a typed <c>&lt;script&gt;</c> reaches the reader as text.
    /// Only the three characters that make markup are escaped, so apostrophes stay readable in plain-text readers.
    /// </summary>
    public static string EscapeHtml(string text) =>
        PublicXml.Clean(text).Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>RFC 822 (RFC 1123 form) in GMT: <c>Thu, 12 Mar 2026 09:30:00 GMT</c>.</summary>
    public static string Rfc822(DateTimeOffset instant) => instant.UtcDateTime.ToString("r", CultureInfo.InvariantCulture);

    /// <summary>RFC 3339 in UTC: <c>2026-03-12T09:30:00Z</c>.</summary>
    public static string Rfc3339(DateTimeOffset instant) => ContentViews.IsoDate(instant);
}
