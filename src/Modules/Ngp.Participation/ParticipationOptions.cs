using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Settings;

namespace Ngp.Participation;

/// <summary>The <c>Ngp:Participation</c> settings: per-user rate limits of comments and votes, the life of a letter's code.</summary>
public sealed class ParticipationOptions
{
    /// <summary>Comments (posts and edits) per account and minute.</summary>
    public int CommentsPerMinute { get; set; } = 10;

    /// <summary>Votes per account and minute.</summary>
    public int VotesPerMinute { get; set; } = 60;

    /// <summary>
    /// Threads (a comment and all its replies) shown per page of an item's comments: a much-discussed project stays a
    /// page residents can load on a phone, and its other threads are a link away.
    /// </summary>
    public int CommentThreadsPerPage { get; set; } = 20;

    /// <summary>
    /// Days a letter's single-use code stays valid after the letters are printed: long enough for the post and a
    /// household's decision, short enough that a letter found later in a drawer no longer answers for anyone.
    /// </summary>
    public int LetterCodeDays { get; set; } = 60;
}

/// <summary>A tenant's participation settings (kept in the site settings table under its own key).</summary>
public sealed record ParticipationSettings
{
    public const string Key = "participation";

    /// <summary>New comments wait for a moderator before anyone else sees them.</summary>
    public bool PreModeration { get; init; }
}

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
