namespace Ngp.Participation;

/// <summary>The <c>Ngp:Participation</c> settings: per-user rate limits of comments and votes, the life of a letter's code.</summary>
public sealed class ParticipationOptions
{
    /// <summary>Comments (posts and edits) per account and minute.</summary>
    public int CommentsPerMinute { get; set; } = 10;

    /// <summary>Votes per account and minute.</summary>
    public int VotesPerMinute { get; set; } = 60;

    /// <summary>
    /// Threads (a comment and all its replies) shown per page of an item's comments: a much-discussed project stays a
    /// page residents can load on a phone, and its other threads are a link away.
    /// </summary>
    public int CommentThreadsPerPage { get; set; } = 20;

    /// <summary>
    /// Days a letter's single-use code stays valid after the letters are printed: long enough for the post and a
    /// household's decision, short enough that a letter found later in a drawer no longer answers for anyone.
    /// </summary>
    public int LetterCodeDays { get; set; } = 60;
}
