using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Tenancy;

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

public interface IPublicPageCache
{
    /// <summary>Forgets the current tenant's cached public pages; the next visitor gets them fresh.</summary>
    ValueTask InvalidateAsync(CancellationToken ct = default);

    /// <summary>Forgets the current tenant's cached pages that show this item (<see cref="PublicPageCacheNames.Shows"/>).</summary>
    ValueTask InvalidateItemAsync(string itemId, CancellationToken ct = default);
}

public sealed class PublicPageCache(IOutputCacheStore store, ITenantContext tenantContext, PublicContentChanges changes, CacheSignals signals) : IPublicPageCache
{
    public ValueTask InvalidateAsync(CancellationToken ct = default)
    {
        changes.Changed(tenantContext.Tenant);
        signals.Announce(PublicContentChanges.Cache, tenantContext.Tenant.Name);
        return store.EvictByTagAsync(PublicPageCacheNames.TagFor(tenantContext.Tenant.Name), ct);
    }

    public ValueTask InvalidateItemAsync(string itemId, CancellationToken ct = default)
    {
        signals.Announce(PublicContentChanges.Cache, tenantContext.Tenant.Name, itemId);
        return store.EvictByTagAsync(PublicPageCacheNames.TagFor(tenantContext.Tenant.Name, itemId), ct);
    }
}

/// <summary>
/// Counts, per tenant, the changes to what the public sees (each <see cref="IPublicPageCache.InvalidateAsync"/>:
/// publishing, unpublishing, settings, comments), made by this process or announced by another web node
/// (<see cref="CacheSignals"/>). What a module keeps of published content, it keeps under the count read before
/// reading it: the next change makes it unreachable at once. An announcement from another node forgets that tenant's
/// cached pages here too; what is kept must still expire soon, for an announcement lost on the way.
/// </summary>
public sealed class PublicContentChanges
{
    /// <summary>The name under which changes to public pages are announced to the other nodes.</summary>
    public const string Cache = "pages";

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Name, DateTimeOffset Created), StrongBox<long>> _counts = new();
    private readonly IOutputCacheStore _pages;

    public PublicContentChanges(IOutputCacheStore pages, CacheSignals signals)
    {
        _pages = pages;
        signals.Subscribe(Cache, HeardAsync);
    }

    public long Current(TenantDescriptor tenant) => Interlocked.Read(ref Count(tenant).Value);

    public void Changed(TenantDescriptor tenant) => Interlocked.Increment(ref Count(tenant).Value);

    private StrongBox<long> Count(TenantDescriptor tenant) => _counts.GetOrAdd((tenant.Name, tenant.CreatedUtc), _ => new StrongBox<long>());

    private ValueTask HeardAsync(CacheSignal signal)
    {
        if (signal.Key.Length > 0)
            return _pages.EvictByTagAsync(PublicPageCacheNames.TagFor(signal.Tenant, signal.Key), CancellationToken.None);
        foreach (var (key, count) in _counts)
        {
            if (signal.Tenant.Length == 0 || key.Name == signal.Tenant)
                Interlocked.Increment(ref count.Value);
        }
        return _pages.EvictByTagAsync(signal.Tenant.Length == 0 ? PublicPageCacheNames.AllTag : PublicPageCacheNames.TagFor(signal.Tenant), CancellationToken.None);
    }
}

/// <summary>Caches only anonymous GETs answered 200 without a cookie; varies by tenant (path and host), query and language.</summary>
public sealed class PublicPagePolicy(TimeSpan lifetime) : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var tenant = http.RequestServices.GetRequiredService<ITenantContext>();
        var cacheable = tenant.HasTenant
            && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && http.User.Identity?.IsAuthenticated != true
            && string.IsNullOrEmpty(http.Request.Headers.Authorization);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = lifetime;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByHost = true;
        context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentUICulture.Name;
        if (tenant.HasTenant)
            context.Tags.Add(PublicPageCacheNames.TagFor(tenant.Tenant.Name));
        context.Tags.Add(PublicPageCacheNames.AllTag);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        // A response that sets a cookie (antiforgery, session) belongs to one visitor: never shared.
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
            context.AllowCacheStorage = false;
        var tenant = context.HttpContext.RequestServices.GetRequiredService<ITenantContext>();
        if (context.AllowCacheStorage && tenant.HasTenant)
        {
            foreach (var item in PublicPageCacheNames.ItemsShown(context.HttpContext))
                context.Tags.Add(PublicPageCacheNames.TagFor(tenant.Tenant.Name, item));
        }
        return ValueTask.CompletedTask;
    }
}
