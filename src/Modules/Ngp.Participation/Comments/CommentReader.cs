using Microsoft.EntityFrameworkCore;
using Ngp.Contents.Rendering;
using Ngp.Core.Accounts;
using Ngp.Core.Data;
using Ngp.Participation.Data;

namespace Ngp.Participation.Comments;

/// <summary>A comment as pages and the API show it: text rendered and sanitized, author's short name, proposal supports.</summary>
public sealed record CommentView
{
    public required long Id { get; init; }

    public long? ParentId { get; init; }

    public int Depth { get; init; }

    public required string AuthorId { get; init; }

    public required string AuthorName { get; init; }

    public required string Stance { get; init; }

    public required string BodyHtml { get; init; }

    public string? Body { get; init; }

    public string? Proposal { get; init; }

    public string? ProposalHtml { get; init; }

    public int Supports { get; init; }

    public bool SupportedByViewer { get; init; }

    public CommentStatus Status { get; init; }

    public DateTimeOffset CreatedUtc { get; init; }

    public DateTimeOffset? EditedUtc { get; init; }

    public bool IsMine { get; init; }

    public List<CommentView> Replies { get; } = [];
}

public sealed record CommentThread(IReadOnlyList<CommentView> Roots, int Count);

/// <summary>Reads an item's comments in a fixed number of queries, whatever their number (no query per comment).</summary>
public sealed class CommentReader(NgpDbContext db, IUserDirectory directory, MarkdownRenderer markdown)
{
    public async Task<CommentThread> ThreadAsync(string contentItemId, string? viewerId, CancellationToken ct)
    {
        var comments = await db.Set<Comment>().AsNoTracking()
            .Where(c => c.ContentItemId == contentItemId)
            .OrderBy(c => c.Id)
            .ToListAsync(ct);
        // The public sees visible comments; an author also sees their own comments waiting for moderation.
        comments = comments.Where(c => c.Status is CommentStatus.Visible or CommentStatus.Deleted || (viewerId is not null && c.AuthorId == viewerId && c.Status == CommentStatus.Pending)).ToList();
        var ids = comments.Where(c => c.Proposal is not null).Select(c => c.Id).ToList();
        var supports = ids.Count == 0
            ? new Dictionary<long, int>()
            : await db.Set<ProposalSupport>().AsNoTracking().Where(s => ids.Contains(s.CommentId))
                .GroupBy(s => s.CommentId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var mine = viewerId is null || ids.Count == 0
            ? []
            : (await db.Set<ProposalSupport>().AsNoTracking().Where(s => s.UserId == viewerId && ids.Contains(s.CommentId)).Select(s => s.CommentId).ToListAsync(ct)).ToHashSet();
        var emails = await directory.EmailsAsync(comments.Select(c => c.AuthorId), ct);

        var views = comments.Select(c => new CommentView
        {
            Id = c.Id,
            ParentId = c.ParentId,
            Depth = c.Depth,
            AuthorId = c.AuthorId,
            AuthorName = ShortName(emails.GetValueOrDefault(c.AuthorId)),
            Stance = c.Stance,
            Body = c.Status == CommentStatus.Deleted ? null : c.Body,
            BodyHtml = c.Status == CommentStatus.Deleted ? "" : markdown.ToHtml(c.Body),
            Proposal = c.Proposal,
            ProposalHtml = c.Proposal is null ? null : markdown.ToHtml(c.Proposal),
            Supports = supports.GetValueOrDefault(c.Id),
            SupportedByViewer = mine.Contains(c.Id),
            Status = c.Status,
            CreatedUtc = c.CreatedUtc,
            EditedUtc = c.EditedUtc,
            IsMine = viewerId is not null && c.AuthorId == viewerId,
        }).ToDictionary(v => v.Id);
        var roots = new List<CommentView>();
        foreach (var view in views.Values)
        {
            if (view.ParentId is { } parent && views.TryGetValue(parent, out var p))
                p.Replies.Add(view);
            else if (view.ParentId is null)
                roots.Add(view);
        }
        return new CommentThread(roots, views.Values.Count(v => v.Status != CommentStatus.Deleted));
    }

    /// <summary>What others see of an author: the part of the e-mail before « @ », never the whole address.</summary>
    public static string ShortName(string? email) => email is null ? "Compte supprimé" : email.Split('@')[0];
}
