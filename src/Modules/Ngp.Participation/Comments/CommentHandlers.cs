using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Notifications;
using Ngp.Core.Outbox;
using Ngp.Core.Results;
using Ngp.Core.Rules;
using Ngp.Core.Web;
using Ngp.Participation.Data;
using Ngp.Participation.Follows;

namespace Ngp.Participation.Comments;

public sealed record CommentRequest(string? Body, string? Stance, string? Proposal, long? ParentId);

public sealed record ReportRequest(string? Reason);

/// <summary>The checks a comment's text passes when it is written and when it is edited.</summary>
internal static class CommentInput
{
    public static Result.Failure? Check(CommentRequest request, out string body, out string stance, out string? proposal)
    {
        body = (request.Body ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        stance = (request.Stance ?? "neutral").Trim().ToLowerInvariant();
        proposal = string.IsNullOrWhiteSpace(request.Proposal) ? null : request.Proposal.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        var errors = new Dictionary<string, string[]>();
        if (!CommentRules.Stances.Contains(stance))
            errors["stance"] = ["Choisissez votre position : pour, neutre ou contre."];
        if (body.Length == 0)
            errors["body"] = ["Écrivez votre commentaire."];
        else if (body.Length > CommentRules.MaxBody)
            errors["body"] = [$"Le commentaire ne doit pas dépasser {CommentRules.MaxBody} caractères."];
        if (!ObjectionRule.IsKept(stance == "against", proposal))
            errors["proposal"] = [ObjectionRule.Message];
        else if (proposal is { Length: > CommentRules.MaxProposal })
            errors["proposal"] = [$"La proposition ne doit pas dépasser {CommentRules.MaxProposal} caractères."];
        if (errors.Count == 0)
            return null;
        var title = errors.ContainsKey("proposal") && errors.Count == 1 ? ObjectionRule.Message : "Le commentaire n'a pas pu être enregistré : corrigez les champs signalés.";
        return Result.Invalid(title, errors);
    }
}

/// <summary>A resident (or anyone signed in) comments an item or replies to a comment, three levels at most.</summary>
public sealed class PostComment(
    NgpDbContext db, ParticipationItems items, CurrentParticipant participant, ParticipationSettingsStore settings,
    TimeProvider clock, IOutbox outbox, FollowService follows, OptionalNotifier notifier, IPublicPageCache pages)
{
    public async Task<Result<Comment>> HandleAsync(string contentItemId, CommentRequest request, CancellationToken ct)
    {
        if (participant.UserId is not { } userId)
            return Result.Forbidden("Connectez-vous pour commenter.");
        var item = await items.PublishedAsync(contentItemId, ct);
        if (item is null || !item.Has("Commentable"))
            return Result.NotFound("Ce contenu n'existe pas ou n'accepte pas de commentaires.");
        var now = clock.GetUtcNow();
        if (await Blocks.UntilAsync(db, userId, now, ct) is { } until)
            return Result.Forbidden($"Un modérateur a suspendu vos commentaires jusqu'au {ParisTime.DateAndTime(until, ParisTime.French)}.");
        if (CommentInput.Check(request, out var body, out var stance, out var proposal) is { } invalid)
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

        var pending = (await settings.GetAsync(ct)).PreModeration;
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
        if (!pending && parent is not null && parent.AuthorId != userId && notifier.Notifier is { } notify)
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
        await follows.FollowAsync(item.Id, userId, automatic: true, ct);
        await pages.InvalidateAsync(ct);
        return comment;
    }
}

/// <summary>The author changes their comment; it is marked « modifié ».</summary>
public sealed class EditComment(NgpDbContext db, CurrentParticipant participant, TimeProvider clock, IPublicPageCache pages)
{
    public async Task<Result<Comment>> HandleAsync(long commentId, CommentRequest request, CancellationToken ct)
    {
        var comment = await db.Set<Comment>().SingleOrDefaultAsync(c => c.Id == commentId, ct);
        if (comment is null || comment.Status == CommentStatus.Deleted)
            return Result.NotFound("Ce commentaire n'existe pas.");
        if (comment.AuthorId != participant.UserId)
            return Result.Forbidden("Seul l'auteur d'un commentaire peut le modifier.");
        if (CommentInput.Check(request, out var body, out var stance, out var proposal) is { } invalid)
            return invalid;
        comment.Body = body;
        comment.Stance = stance;
        comment.Proposal = proposal;
        comment.EditedUtc = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        await pages.InvalidateAsync(ct);
        return comment;
    }
}

/// <summary>The author deletes their comment: its text goes, a placeholder keeps the replies in their thread.</summary>
public sealed class DeleteComment(NgpDbContext db, CurrentParticipant participant, TimeProvider clock, IPublicPageCache pages)
{
    public async Task<Result> HandleAsync(long commentId, CancellationToken ct)
    {
        var comment = await db.Set<Comment>().SingleOrDefaultAsync(c => c.Id == commentId, ct);
        if (comment is null || comment.Status == CommentStatus.Deleted)
            return Result.NotFound("Ce commentaire n'existe pas.");
        if (comment.AuthorId != participant.UserId)
            return Result.Forbidden("Seul l'auteur d'un commentaire peut le supprimer.");
        comment.Status = CommentStatus.Deleted;
        comment.Body = "";
        comment.Proposal = null;
        comment.EditedUtc = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        await pages.InvalidateAsync(ct);
        return Result.Success();
    }
}

/// <summary>Someone supports the proposal a comment carries; once per person.</summary>
public sealed class SupportProposal(NgpDbContext db, CurrentParticipant participant, TimeProvider clock, IPublicPageCache pages)
{
    public async Task<Result<int>> HandleAsync(long commentId, CancellationToken ct)
    {
        if (participant.UserId is not { } userId)
            return Result.Forbidden("Connectez-vous pour soutenir une proposition.");
        var comment = await db.Set<Comment>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == commentId && c.Status == CommentStatus.Visible, ct);
        if (comment?.Proposal is null)
            return Result.NotFound("Cette proposition n'existe pas.");
        if (comment.AuthorId == userId)
            return Result.Invalid("Vous ne pouvez pas soutenir votre propre proposition.");
        if (await db.Set<ProposalSupport>().AnyAsync(s => s.CommentId == commentId && s.UserId == userId, ct))
            return Result.Conflict("Vous soutenez déjà cette proposition.");
        db.Add(new ProposalSupport { CommentId = commentId, UserId = userId, CreatedUtc = clock.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The unique index settled a double click: the first support counts.
            return Result.Conflict("Vous soutenez déjà cette proposition.");
        }
        await pages.InvalidateAsync(ct);
        return await db.Set<ProposalSupport>().CountAsync(s => s.CommentId == commentId, ct);
    }
}

/// <summary>Anyone signed in reports a comment; after <see cref="CommentRules.ReportsToHide"/> reports it waits for a moderator.</summary>
public sealed class ReportComment(NgpDbContext db, CurrentParticipant participant, TimeProvider clock, IOutbox outbox, IPublicPageCache pages)
{
    public async Task<Result<int>> HandleAsync(long commentId, ReportRequest request, CancellationToken ct)
    {
        if (participant.UserId is not { } userId)
            return Result.Forbidden("Connectez-vous pour signaler un commentaire.");
        var reason = (request.Reason ?? "").Trim().ToLowerInvariant();
        if (!CommentRules.Reasons.Contains(reason))
            return Result.Invalid("Choisissez le motif du signalement.", "reason", "Motifs : spam, offensive, off-topic.");
        var comment = await db.Set<Comment>().SingleOrDefaultAsync(c => c.Id == commentId, ct);
        if (comment is null || comment.Status is CommentStatus.Deleted)
            return Result.NotFound("Ce commentaire n'existe pas.");
        if (await db.Set<CommentReport>().AnyAsync(r => r.CommentId == commentId && r.UserId == userId, ct))
            return Result.Conflict("Vous avez déjà signalé ce commentaire.");
        db.Add(new CommentReport { CommentId = commentId, UserId = userId, Reason = reason, CreatedUtc = clock.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Result.Conflict("Vous avez déjà signalé ce commentaire.");
        }
        // Counted from the rows, not incremented: simultaneous reports still add up right.
        comment.ReportCount = await db.Set<CommentReport>().CountAsync(r => r.CommentId == commentId && !r.Resolved, ct);
        outbox.Add(new CommentReported(comment.ContentItemId, comment.Id, userId, reason, comment.ReportCount));
        if (comment.Status == CommentStatus.Visible && comment.ReportCount >= CommentRules.ReportsToHide)
        {
            comment.Status = CommentStatus.Pending;
            outbox.Add(new CommentHidden(comment.ContentItemId, comment.Id, "reports"));
        }
        await db.SaveChangesAsync(ct);
        await pages.InvalidateAsync(ct);
        return comment.ReportCount;
    }
}

public enum ModerationAction
{
    Hide,
    Restore,
    Block,
}

/// <summary>A moderator hides or restores a comment, or blocks its author for a number of days.</summary>
public sealed class ModerateComment(NgpDbContext db, CurrentParticipant participant, TimeProvider clock, IOutbox outbox, IPublicPageCache pages)
{
    public const int MaxBlockDays = 365;

    public async Task<Result<Comment>> HandleAsync(long commentId, ModerationAction action, int? blockDays, CancellationToken ct)
    {
        var comment = await db.Set<Comment>().SingleOrDefaultAsync(c => c.Id == commentId, ct);
        if (comment is null || comment.Status == CommentStatus.Deleted)
            return Result.NotFound("Ce commentaire n'existe pas.");
        var now = clock.GetUtcNow();
        switch (action)
        {
            case ModerationAction.Hide:
                comment.Status = CommentStatus.Hidden;
                outbox.Add(new CommentHidden(comment.ContentItemId, comment.Id, "moderator"));
                break;
            case ModerationAction.Restore:
                comment.Status = CommentStatus.Visible;
                comment.ReportCount = 0;
                break;
            case ModerationAction.Block:
                if (blockDays is not (>= 1 and <= MaxBlockDays))
                    return Result.Invalid($"Indiquez une durée de blocage de 1 à {MaxBlockDays} jours.", "days", $"De 1 à {MaxBlockDays} jours.");
                db.Add(new CommentBlock { UserId = comment.AuthorId, UntilUtc = now.AddDays(blockDays.Value), ModeratorId = participant.UserId ?? "", CreatedUtc = now });
                if (comment.Status != CommentStatus.Hidden)
                {
                    comment.Status = CommentStatus.Hidden;
                    outbox.Add(new CommentHidden(comment.ContentItemId, comment.Id, "moderator"));
                }
                break;
        }
        await db.Set<CommentReport>().Where(r => r.CommentId == commentId && !r.Resolved).ExecuteUpdateAsync(s => s.SetProperty(r => r.Resolved, true), ct);
        await db.SaveChangesAsync(ct);
        await pages.InvalidateAsync(ct);
        return comment;
    }
}

internal static class Blocks
{
    public static async Task<DateTimeOffset?> UntilAsync(NgpDbContext db, string userId, DateTimeOffset now, CancellationToken ct)
    {
        // DateTimeOffset comparisons do not translate on SQLite: read the few blocks of this author and compare here.
        var blocks = await db.Set<CommentBlock>().AsNoTracking().Where(b => b.UserId == userId).Select(b => b.UntilUtc).ToListAsync(ct);
        var active = blocks.Where(u => u > now).ToList();
        return active.Count > 0 ? active.Max() : null;
    }
}
