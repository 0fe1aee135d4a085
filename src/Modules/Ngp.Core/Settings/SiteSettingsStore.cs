using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;

namespace Ngp.Core.Settings;

public sealed class SiteSettingsStore(NgpDbContext db, Tenancy.ITenantContext tenantContext, SiteSettingsCache cache, Web.IPublicPageCache publicPages) : ISiteSettingsStore
{
    public async Task<SiteSettings> GetAsync(CancellationToken ct = default)
    {
        var tenant = tenantContext.Tenant;
        if (cache.Get(tenant.Name) is { } cached)
            return cached;
        var row = await db.SiteSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Key == SiteSettings.Key, ct);
        var defaults = new SiteSettings { SiteName = tenant.DisplayName };
        var settings = row is null ? defaults : JsonSerializer.Deserialize<SiteSettings>(row.Value, JsonSerializerOptions.Web) ?? defaults;
        cache.Set(tenant.Name, settings);
        return settings;
    }

    public async Task SetAsync(SiteSettings settings, CancellationToken ct = default)
    {
        var json = JsonSerializer.Serialize(settings, JsonSerializerOptions.Web);
        var row = await db.SiteSettings.SingleOrDefaultAsync(s => s.Key == SiteSettings.Key, ct);
        if (row is null)
            db.SiteSettings.Add(new SiteSetting { Key = SiteSettings.Key, Value = json });
        else
            row.Value = json;
        // Forgotten now, read again from the database once the caller has saved; pages show the site's name too.
        cache.Forget(tenantContext.Tenant.Name);
        await publicPages.InvalidateAsync(ct);
    }
}
