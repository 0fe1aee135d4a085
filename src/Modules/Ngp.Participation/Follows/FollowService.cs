using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Ngp.Contents.Items;
using Ngp.Core.Data;
using Ngp.Core.Notifications;
using Ngp.Core.Results;
using Ngp.Participation.Data;
using Ngp.Participation.Parts;

namespace Ngp.Participation.Follows;

/// <summary>Follows of projects and consultations: by the « Suivre » button, or automatically on commenting or voting.</summary>
public sealed class FollowService(NgpDbContext db, TimeProvider clock)
{
    /// <summary>Adds the follow if it is not there; a concurrent identical follow is settled by the unique index.</summary>
    public async Task FollowAsync(string contentItemId, string userId, bool automatic, CancellationToken ct)
    {
        if (await db.Set<Follow>().AnyAsync(f => f.ContentItemId == contentItemId && f.UserId == userId, ct))
            return;
        var follow = db.Add(new Follow { ContentItemId = contentItemId, UserId = userId, Automatic = automatic, CreatedUtc = clock.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            follow.State = EntityState.Detached;
        }
    }

    /// <summary>
    /// Writes, in the caller's transaction, the automatic follows these people do not have yet, for a use case that
    /// writes its own rows (a batch of votes): they commit or roll back with it. A follow already there, whether by the
    /// button, an earlier vote or another web node at the same moment, is left as it is (unique index).
    /// </summary>
    public async Task WriteAutomaticFollowsAsync(string contentItemId, IReadOnlyCollection<string> userIds, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var insert = RowStatement<Follow>.InsertUnlessPresent(db);
        foreach (var userId in userIds.Distinct(StringComparer.Ordinal))
            await insert.RunAsync(new Follow { ContentItemId = contentItemId, UserId = userId, Automatic = true, CreatedUtc = now }, ct);
    }

    public async Task<bool> UnfollowAsync(string contentItemId, string userId, CancellationToken ct) =>
        await db.Set<Follow>().Where(f => f.ContentItemId == contentItemId && f.UserId == userId).ExecuteDeleteAsync(ct) > 0;

    public Task<bool> IsFollowingAsync(string contentItemId, string userId, CancellationToken ct) =>
        db.Set<Follow>().AnyAsync(f => f.ContentItemId == contentItemId && f.UserId == userId, ct);

    /// <summary>The ids of what the person follows, latest first.</summary>
    public Task<List<string>> FollowedAsync(string userId, CancellationToken ct) =>
        db.Set<Follow>().AsNoTracking().Where(f => f.UserId == userId).OrderByDescending(f => f.CreatedUtc).Select(f => f.ContentItemId).ToListAsync(ct);
}

/// <summary>The « Suivre » / « Ne plus suivre » use case on an item that carries the Followable part.</summary>
public sealed class ToggleFollow(ParticipationItems items, CurrentParticipant participant, FollowService follows)
{
    public const string CannotBeFollowed = "Ce contenu n'existe pas ou ne peut pas être suivi.";

    public async Task<Result<bool>> HandleAsync(string contentItemId, bool follow, CancellationToken ct)
    {
        if (participant.UserId is not { } userId)
            return Result.Forbidden("Connectez-vous pour suivre un projet, une concertation ou une réunion.");
        var item = await items.PublishedAsync(contentItemId, ct);
        if (item is null || !CanBeFollowed(item))
            return Result.NotFound(CannotBeFollowed);
        if (follow)
            await follows.FollowAsync(item.Id, userId, automatic: false, ct);
        else
            await follows.UnfollowAsync(item.Id, userId, ct);
        return follow;
    }

    public static bool CanBeFollowed(ParticipationItem item) => item.Has("Followable") || item.Has("Commentable") || item.Has("Consultation");
}

/// <summary>Followers of an item (key: content item id), for notifications.</summary>
public sealed class FollowersAudience(NgpDbContext db) : IAudienceSource
{
    public string Kind => AudienceKinds.Followers;

    public async Task<IReadOnlyList<AudienceMember>> ResolveAsync(string key, CancellationToken ct = default) =>
        (await db.Set<Follow>().AsNoTracking().Where(f => f.ContentItemId == key).Select(f => f.UserId).ToListAsync(ct))
            .Select(id => new AudienceMember(id)).ToList();
}

/// <summary>People who voted in a consultation (key: content item id).</summary>
public sealed class ParticipantsAudience(NgpDbContext db) : IAudienceSource
{
    public string Kind => AudienceKinds.Participants;

    public async Task<IReadOnlyList<AudienceMember>> ResolveAsync(string key, CancellationToken ct = default) =>
        (await db.Set<Vote>().AsNoTracking().Where(v => v.ContentItemId == key).Select(v => v.UserId).Distinct().ToListAsync(ct))
            .Select(id => new AudienceMember(id)).ToList();
}

/// <summary>The named stakeholders of a project's road map that have an e-mail (key: content item id).</summary>
public sealed class StakeholdersAudience(ContentQuery query) : IAudienceSource
{
    public string Kind => AudienceKinds.Stakeholders;

    public async Task<IReadOnlyList<AudienceMember>> ResolveAsync(string key, CancellationToken ct = default)
    {
        var version = await query.PublishedAsync(key, ct);
        if (version is null)
            return [];
        var roadMap = RoadMapPart.Read(ContentQuery.Data(version)["parts"]?["RoadMap"] as JsonObject);
        return roadMap.Stakeholders.Where(s => s.Email is not null).Select(s => new AudienceMember(null, s.Email, s.Name)).ToList();
    }
}
