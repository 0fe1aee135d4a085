using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.OutputCaching;
using Ngp.Core.Tenancy;

namespace Ngp.Core.Web;

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
