using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Settings;

namespace Ngp.Maintenance;

public sealed class MaintenanceSettingsStore(NgpDbContext db)
{
    public async Task<MaintenanceSettings> GetAsync(CancellationToken ct)
    {
        var row = await db.SiteSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Key == MaintenanceSettings.Key, ct);
        return row is null ? new MaintenanceSettings() : JsonSerializer.Deserialize<MaintenanceSettings>(row.Value, JsonSerializerOptions.Web) ?? new MaintenanceSettings();
    }

    /// <summary>Stages the settings; the caller saves.</summary>
    public async Task SetAsync(MaintenanceSettings settings, CancellationToken ct)
    {
        var json = JsonSerializer.Serialize(settings, JsonSerializerOptions.Web);
        var row = await db.SiteSettings.SingleOrDefaultAsync(s => s.Key == MaintenanceSettings.Key, ct);
        if (row is null)
            db.SiteSettings.Add(new SiteSetting { Key = MaintenanceSettings.Key, Value = json });
        else
            row.Value = json;
    }
}
