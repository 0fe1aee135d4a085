using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Settings;

namespace Ngp.Participation;

public sealed class ParticipationSettingsStore(NgpDbContext db)
{
    public async Task<ParticipationSettings> GetAsync(CancellationToken ct)
    {
        var row = await db.SiteSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Key == ParticipationSettings.Key, ct);
        return row is null ? new ParticipationSettings() : JsonSerializer.Deserialize<ParticipationSettings>(row.Value, JsonSerializerOptions.Web) ?? new ParticipationSettings();
    }

    /// <summary>Stages the settings; the caller saves.</summary>
    public async Task SetAsync(ParticipationSettings settings, CancellationToken ct)
    {
        var json = JsonSerializer.Serialize(settings, JsonSerializerOptions.Web);
        var row = await db.SiteSettings.SingleOrDefaultAsync(s => s.Key == ParticipationSettings.Key, ct);
        if (row is null)
            db.SiteSettings.Add(new SiteSetting { Key = ParticipationSettings.Key, Value = json });
        else
            row.Value = json;
    }
}
