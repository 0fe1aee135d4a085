using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;

namespace Ngp.Core.Settings;

/// <summary>
/// A module's own settings of a tenant, kept as one JSON row of the site settings under the module's key; a module
/// derives its store from this one so that its handlers ask for it by name.
/// </summary>
public abstract class ModuleSettingsStore<TSettings>(NgpDbContext db, string key) where TSettings : class, new()
{
    public async Task<TSettings> GetAsync(CancellationToken ct)
    {
        var row = await db.SiteSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Key == key, ct);
        return row is null ? new TSettings() : JsonSerializer.Deserialize<TSettings>(row.Value, JsonSerializerOptions.Web) ?? new TSettings();
    }

    /// <summary>Stages the settings; the caller saves.</summary>
    public async Task SetAsync(TSettings settings, CancellationToken ct)
    {
        var json = JsonSerializer.Serialize(settings, JsonSerializerOptions.Web);
        var row = await db.SiteSettings.SingleOrDefaultAsync(s => s.Key == key, ct);
        if (row is null)
            db.SiteSettings.Add(new SiteSetting { Key = key, Value = json });
        else
            row.Value = json;
    }
}
