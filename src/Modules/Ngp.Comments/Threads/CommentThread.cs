namespace Ngp.Comments.Threads;

/// <summary>
/// The comments shown: <see cref="Roots"/> are the page's threads, each with all its replies. <see cref="Count"/> counts
/// every comment shown on all pages; <see cref="Page"/> and <see cref="PageCount"/> number the pages of threads (1 and 1
/// when the whole thread is read at once).
/// </summary>
public sealed record CommentThread(IReadOnlyList<CommentView> Roots, int Count, int Page = 1, int PageCount = 1);
