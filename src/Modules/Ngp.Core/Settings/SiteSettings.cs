using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;

namespace Ngp.Core.Settings;

public sealed class SiteSetting
{
    public required string Key { get; set; }

    public required string Value { get; set; }
}

/// <summary>The settings of one tenant, set by the <c>settings</c> recipe step and the admin.</summary>
public sealed record SiteSettings
{
    public const string Key = "site";

    /// <summary>Name shown in the header; the tenant's display name until a recipe or the admin sets one.</summary>
    public string SiteName { get; init; } = "NGP";

    public string Tagline { get; init; } = "Partager le savoir pour partager le pouvoir";

    /// <summary>Accounts one lease may verify (a household), so one lease cannot stuff a vote.</summary>
    public int MaxAccountsPerLease { get; init; } = 2;

    public string PrimaryColor { get; init; } = "#0b5394";

    public string? ContactEmail { get; init; }

    /// <summary>Approval before publishing: editors submit, administrators approve (or send back).</summary>
    public bool RequireApproval { get; init; }
}

public interface ISiteSettingsStore
{
    Task<SiteSettings> GetAsync(CancellationToken ct = default);

    /// <summary>Stages the new settings in the current unit of work; the caller saves.</summary>
    Task SetAsync(SiteSettings settings, CancellationToken ct = default);
}

/// <summary>
/// Each tenant's settings kept in memory for a short while: every page shows them, and reading them from the
/// database on each request was half of a home page's cost. Another web node's change is announced
/// (<see cref="CacheSignals"/>) and shows at once; within <see cref="Lifetime"/> if the announcement is lost.
/// </summary>
public sealed class SiteSettingsCache
{
    public const string Cache = "settings";

    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (SiteSettings Settings, DateTimeOffset Expires)> _entries = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;
    private readonly CacheSignals _signals;

    public SiteSettingsCache(TimeProvider clock, CacheSignals signals)
    {
        _clock = clock;
        _signals = signals;
        signals.Subscribe(Cache, Heard);
    }

    public SiteSettings? Get(string tenant) =>
        _entries.TryGetValue(tenant, out var entry) && entry.Expires > _clock.GetUtcNow() ? entry.Settings : null;

    public void Set(string tenant, SiteSettings settings) => _entries[tenant] = (settings, _clock.GetUtcNow().Add(Lifetime));

    public void Forget(string tenant)
    {
        _entries.TryRemove(tenant, out _);
        _signals.Announce(Cache, tenant);
    }

    private ValueTask Heard(CacheSignal signal)
    {
        if (signal.Tenant.Length == 0)
            _entries.Clear();
        else
            _entries.TryRemove(signal.Tenant, out _);
        return ValueTask.CompletedTask;
    }
}

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
