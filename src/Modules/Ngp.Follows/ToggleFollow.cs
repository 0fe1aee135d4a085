using Ngp.Contents.Items;
using Ngp.Core.Accounts;
using Ngp.Core.Results;

namespace Ngp.Follows;

/// <summary>The « Suivre » / « Ne plus suivre » use case on an item whose type carries the <see cref="FollowablePart"/>.</summary>
public sealed class ToggleFollow(PublishedItems items, CurrentUser participant, FollowService follows)
{
    public const string CannotBeFollowed = "Ce contenu n'existe pas ou ne peut pas être suivi.";

    public async Task<Result<bool>> HandleAsync(string contentItemId, bool follow, CancellationToken ct)
    {
        if (participant.UserId is not { } userId)
            return Result.Forbidden("Connectez-vous pour suivre un projet, une concertation ou une réunion.");
        var item = await items.FindAsync(contentItemId, ct);
        if (item is null || !CanBeFollowed(item))
            return Result.NotFound(CannotBeFollowed);
        if (follow)
            await follows.FollowAsync(item.Id, userId, automatic: false, ct);
        else
            await follows.UnfollowAsync(item.Id, userId, ct);
        return follow;
    }

    public static bool CanBeFollowed(PublishedItem item) => item.Has(FollowablePart.PartName);
}
