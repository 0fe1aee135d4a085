using Microsoft.EntityFrameworkCore;
using Ngp.Contents.Rendering;
using Ngp.Core.Accounts;
using Ngp.Core.Data;
using Ngp.Comments.Data;

namespace Ngp.Comments.Threads;

/// <summary>
/// Reads an item's comments in a fixed number of queries, whatever their number (no query per comment). Pages read a
/// page of threads: the outline of all comments (ids, parents, states) is read first, then only the page's comments in full.
/// </summary>
public sealed class CommentReader(NgpDbContext db, IUserDirectory directory, MarkdownRenderer markdown)
{
    private sealed record Outline(long Id, long? ParentId, CommentStatus Status, string AuthorId);

    /// <summary>The whole thread at once (the API).</summary>
    public Task<CommentThread> ThreadAsync(string contentItemId, string? viewerId, CancellationToken ct) =>
        ThreadAsync(contentItemId, viewerId, paging: null, ct);

    public async Task<CommentThread> ThreadAsync(string contentItemId, string? viewerId, CommentPaging? paging, CancellationToken ct)
    {
        // The whole thread is read in full at once; a page reads the outline, then its own comments in full.
        var all = paging is null
            ? await db.Set<Comment>().AsNoTracking().Where(c => c.ContentItemId == contentItemId).OrderBy(c => c.Id).ToListAsync(ct)
            : null;
        var outline = all is not null
            ? all.Select(c => new Outline(c.Id, c.ParentId, c.Status, c.AuthorId)).ToList()
            : await db.Set<Comment>().AsNoTracking()
                .Where(c => c.ContentItemId == contentItemId)
                .OrderBy(c => c.Id)
                .Select(c => new Outline(c.Id, c.ParentId, c.Status, c.AuthorId))
                .ToListAsync(ct);
        // The public sees visible comments; an author also sees their own comments waiting for moderation. A reply
        // whose parent is not shown is not shown either.
        var shown = outline.Where(c => c.Status is CommentStatus.Visible or CommentStatus.Deleted || (viewerId is not null && c.AuthorId == viewerId && c.Status == CommentStatus.Pending))
            .ToDictionary(c => c.Id);
        var children = shown.Values.Where(c => c.ParentId is { } parent && shown.ContainsKey(parent)).ToLookup(c => c.ParentId!.Value);
        var roots = shown.Values.Where(c => c.ParentId is null).ToList();
        var reached = new List<Outline>();
        void Reach(Outline comment)
        {
            reached.Add(comment);
            foreach (var reply in children[comment.Id])
                Reach(reply);
        }
        foreach (var root in roots)
            Reach(root);
        var count = reached.Count(c => c.Status != CommentStatus.Deleted);

        var page = 1;
        var pageCount = 1;
        if (paging is not null)
        {
            pageCount = Math.Max(1, (roots.Count + paging.ThreadsPerPage - 1) / paging.ThreadsPerPage);
            page = Math.Clamp(paging.Page, 1, pageCount);
            if (paging.Showing is { } showing && shown.TryGetValue(showing, out var focus))
            {
                while (focus.ParentId is { } parent && shown.TryGetValue(parent, out var up))
                    focus = up;
                var index = roots.IndexOf(focus);
                if (index >= 0)
                    page = index / paging.ThreadsPerPage + 1;
            }
            var pageRoots = roots.Skip((page - 1) * paging.ThreadsPerPage).Take(paging.ThreadsPerPage).ToList();
            reached.Clear();
            foreach (var root in pageRoots)
                Reach(root);
        }

        var wanted = reached.Select(c => c.Id).ToArray();
        var comments = all is not null
            ? all.IntersectBy(wanted, c => c.Id).ToList()
            : wanted.Length == 0
                ? []
                : await db.Set<Comment>().AsNoTracking().Where(c => wanted.Contains(c.Id)).OrderBy(c => c.Id).ToListAsync(ct);
        var ids = comments.Where(c => c.Proposal is not null).Select(c => c.Id).ToList();
        var supports = ids.Count == 0
            ? new Dictionary<long, int>()
            : await db.Set<ProposalSupport>().AsNoTracking().Where(s => ids.Contains(s.CommentId))
                .GroupBy(s => s.CommentId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var mine = viewerId is null || ids.Count == 0
            ? []
            : (await db.Set<ProposalSupport>().AsNoTracking().Where(s => s.UserId == viewerId && ids.Contains(s.CommentId)).Select(s => s.CommentId).ToListAsync(ct)).ToHashSet();
        var names = await directory.PublicNamesAsync(comments.Select(c => c.AuthorId), ct);

        var views = comments.Select(c => new CommentView
        {
            Id = c.Id,
            ParentId = c.ParentId,
            Depth = c.Depth,
            AuthorId = c.AuthorId,
            AuthorName = names.GetValueOrDefault(c.AuthorId) ?? PublicName.Deleted,
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
        var pageRootViews = new List<CommentView>();
        foreach (var view in views.Values)
        {
            if (view.ParentId is { } parent && views.TryGetValue(parent, out var p))
                p.Replies.Add(view);
            else if (view.ParentId is null)
                pageRootViews.Add(view);
        }
        return new CommentThread(pageRootViews, count, page, pageCount);
    }
}
