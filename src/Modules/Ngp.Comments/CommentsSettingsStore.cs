using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Settings;

namespace Ngp.Comments;

public sealed class CommentsSettingsStore(NgpDbContext db)
{
    public async Task<CommentsSettings> GetAsync(CancellationToken ct)
    {
        var row = await db.SiteSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Key == CommentsSettings.Key, ct);
        return row is null ? new CommentsSettings() : JsonSerializer.Deserialize<CommentsSettings>(row.Value, JsonSerializerOptions.Web) ?? new CommentsSettings();
    }

    /// <summary>Stages the settings; the caller saves.</summary>
    public async Task SetAsync(CommentsSettings settings, CancellationToken ct)
    {
        var json = JsonSerializer.Serialize(settings, JsonSerializerOptions.Web);
        var row = await db.SiteSettings.SingleOrDefaultAsync(s => s.Key == CommentsSettings.Key, ct);
        if (row is null)
            db.SiteSettings.Add(new SiteSetting { Key = CommentsSettings.Key, Value = json });
        else
            row.Value = json;
    }
}
