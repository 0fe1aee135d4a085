using Microsoft.EntityFrameworkCore;
using Ngp.Contents.Admin;
using Ngp.Contents.Items;
using Ngp.Core.Accounts;
using Ngp.Core.Data;

namespace Ngp.Contents.Privacy;

/// <summary>
/// The items a member of staff wrote or owns, in their export; at erasure the items stay (they are the agency's
/// publications) and their versions name <see cref="UserDeleted.ErasedUserId"/>, read « Compte supprimé » in the admin.
/// </summary>
public sealed class ContentPersonalData(NgpDbContext db) : IPersonalDataContributor
{
    public string Name => "contents";

    public IReadOnlyCollection<Type> Entities => [typeof(ContentItemVersion)];

    public async Task<object?> ExportAsync(string userId, string? email, CancellationToken ct)
    {
        var versions = await db.Set<ContentItemVersion>().AsNoTracking()
            .Where(v => v.AuthorId == userId || v.OwnerId == userId)
            .OrderBy(v => v.ContentItemId).ThenBy(v => v.Number)
            .Select(v => new { v.ContentItemId, v.ContentType, v.Number, v.DisplayText, v.Status, v.OwnerId, v.AuthorId, v.ModifiedUtc })
            .ToListAsync(ct);
        if (versions.Count == 0)
            return null;
        return versions.GroupBy(v => v.ContentItemId).Select(item => new
        {
            contentItemId = item.Key,
            contentType = item.First().ContentType,
            title = item.Last().DisplayText,
            owner = item.Any(v => v.OwnerId == userId),
            versionsWritten = item.Where(v => v.AuthorId == userId).Select(v => new
            {
                number = v.Number,
                status = v.Status.ToString(),
                statusLabel = ContentLabels.Status(v.Status),
                modifiedUtc = v.ModifiedUtc,
            }),
        }).ToList();
    }

    public async Task EraseAsync(UserDeleted deleted, CancellationToken ct)
    {
        var userId = deleted.UserId;
        await db.Set<ContentItemVersion>().Where(v => v.AuthorId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.AuthorId, UserDeleted.ErasedUserId), ct);
        await db.Set<ContentItemVersion>().Where(v => v.OwnerId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.OwnerId, UserDeleted.ErasedUserId), ct);
    }
}
