using Microsoft.AspNetCore.OutputCaching;
using Ngp.Core.Tenancy;

namespace Ngp.Core.Web;

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
