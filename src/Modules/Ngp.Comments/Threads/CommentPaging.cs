namespace Ngp.Comments.Threads;

/// <summary>
/// Which page of threads to read: <paramref name="Page"/> (from 1; out of range goes to the nearest page), or the page
/// holding the comment <paramref name="Showing"/> when given (a link to one comment keeps working as threads are added).
/// </summary>
public sealed record CommentPaging(int ThreadsPerPage, int Page = 1, long? Showing = null);
