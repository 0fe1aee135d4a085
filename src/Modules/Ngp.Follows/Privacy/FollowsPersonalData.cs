using Microsoft.EntityFrameworkCore;
using Ngp.Contents.Items;
using Ngp.Core.Accounts;
using Ngp.Core.Data;
using Ngp.Follows.Data;

namespace Ngp.Follows.Privacy;

/// <summary>What a person follows, in their export; erased with them (a follow is only theirs).</summary>
public sealed class FollowsPersonalData(NgpDbContext db, ContentQuery contents) : IPersonalDataContributor
{
    public string Name => "follows";

    public IReadOnlyCollection<Type> Entities => [typeof(Follow)];

    public async Task<object?> ExportAsync(string userId, string? email, CancellationToken ct)
    {
        var follows = await db.Set<Follow>().AsNoTracking().Where(f => f.UserId == userId).OrderBy(f => f.Id).ToListAsync(ct);
        if (follows.Count == 0)
            return null;
        var titles = await contents.PublishedTitlesAsync(follows.Select(f => f.ContentItemId), ct);
        return follows.Select(f => new
        {
            contentItemId = f.ContentItemId,
            itemTitle = titles.GetValueOrDefault(f.ContentItemId),
            automatic = f.Automatic,
            createdUtc = f.CreatedUtc,
        });
    }

    public async Task EraseAsync(UserDeleted deleted, CancellationToken ct) =>
        await db.Set<Follow>().Where(f => f.UserId == deleted.UserId).ExecuteDeleteAsync(ct);
}
