using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Contents.Items;
using Ngp.Core.Accounts;
using Ngp.Core.Data;
using Ngp.Core.Notifications;
using Ngp.Core.Outbox;
using Ngp.Core.Results;
using Ngp.Core.Web;
using Ngp.Comments.Data;
using Ngp.Follows;

namespace Ngp.Comments.Threads;

/// <summary>A resident (or anyone signed in) comments an item or replies to a comment, three levels at most.</summary>
public sealed class PostComment(
    NgpDbContext db, PublishedItems items, CurrentUser participant, CommentsSettingsStore settings,
    TimeProvider clock, IOutbox outbox, FollowService follows, IServiceProvider services, IPublicPageCache pages)
{
    public async Task<Result<Comment>> HandleAsync(string contentItemId, CommentRequest request, CancellationToken ct)
    {
        if (participant.UserId is not { } userId)
            return Result.Forbidden("Connectez-vous pour commenter.");
        var item = await items.FindAsync(contentItemId, ct);
        if (item is null || CommentPolicy.For(item) is not { } policy)
            return Result.NotFound(CommentPolicy.NotCommentable);
        if (!policy.Open)
            return Result.Forbidden(CommentPolicy.ClosedMessage);
        var now = clock.GetUtcNow();
        if (await Blocks.UntilAsync(db, userId, now, ct) is { } until)
            return Result.Forbidden($"Un modérateur a suspendu vos commentaires jusqu'au {ParisTime.DateAndTime(until, ParisTime.French)}.");
        if (CommentInput.Check(request, policy, out var body, out var stance, out var proposal) is { } invalid)
            return invalid;

        Comment? parent = null;
        if (request.ParentId is { } parentId)
        {
            parent = await db.Set<Comment>().SingleOrDefaultAsync(c => c.Id == parentId && c.ContentItemId == item.Id, ct);
            if (parent is null || parent.Status is CommentStatus.Deleted or CommentStatus.Hidden)
                return Result.Invalid("Le commentaire auquel vous répondez n'existe plus.", "parentId", "Le commentaire auquel vous répondez n'existe plus.");
            if (parent.Depth >= CommentRules.MaxDepth)
                return Result.Invalid("Les réponses s'arrêtent au troisième niveau : répondez plutôt au commentaire précédent.", "parentId", "Les réponses s'arrêtent au troisième niveau.");
        }

        var pending = policy.PreModeration || (await settings.GetAsync(ct)).PreModeration;
        var comment = new Comment
        {
            ContentItemId = item.Id,
            ParentId = parent?.Id,
            Depth = parent is null ? 0 : parent.Depth + 1,
            AuthorId = userId,
            Stance = stance,
            Body = body,
            Proposal = proposal,
            Status = pending ? CommentStatus.Pending : CommentStatus.Visible,
            CreatedUtc = now,
        };
        // The comment's id goes into its event: both are written in one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Add(comment);
        await db.SaveChangesAsync(ct);
        outbox.Add(new CommentPosted(item.Id, comment.Id, comment.ParentId, userId, stance, pending));
        if (!pending && parent is not null && parent.AuthorId != userId && services.GetService<INotifier>() is { } notify)
        {
            await notify.NotifyAsync(new Notice
            {
                Event = "CommentReplied",
                Title = $"Nouvelle réponse à votre commentaire sur « {item.Title} »",
                Text = body,
                Url = item.RelativeUrl is { } url ? CommentPages.LinkTo(url, comment.Id) : null,
                ContentItemId = item.Id,
                IdempotencyKey = $"comment-reply-{comment.Id}",
            }, Audience.Users(parent.AuthorId), ct);
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        if (ToggleFollow.CanBeFollowed(item))
            await follows.FollowAsync(item.Id, userId, automatic: true, ct);
        await pages.InvalidateAsync(ct);
        return comment;
    }
}
