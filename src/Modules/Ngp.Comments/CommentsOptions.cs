namespace Ngp.Comments;

/// <summary>The comments' share of the <c>Ngp:Participation</c> settings (their names are kept from before comments became a module).</summary>
public sealed class CommentsOptions
{
    /// <summary>Comments (posts and edits) per account and minute.</summary>
    public int CommentsPerMinute { get; set; } = 10;

    /// <summary>
    /// Threads (a comment and all its replies) shown per page of an item's comments: a much-discussed project stays a
    /// page residents can load on a phone, and its other threads are a link away.
    /// </summary>
    public int CommentThreadsPerPage { get; set; } = 20;
}
