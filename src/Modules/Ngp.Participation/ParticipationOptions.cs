namespace Ngp.Participation;

/// <summary>The <c>Ngp:Participation</c> settings: per-user rate limit of votes, the life of a letter's code (the comments module reads its own).</summary>
public sealed class ParticipationOptions
{
    /// <summary>Votes per account and minute.</summary>
    public int VotesPerMinute { get; set; } = 60;

    /// <summary>
    /// Days a letter's single-use code stays valid after the letters are printed: long enough for the post and a
    /// household's decision, short enough that a letter found later in a drawer no longer answers for anyone.
    /// </summary>
    public int LetterCodeDays { get; set; } = 60;
}
