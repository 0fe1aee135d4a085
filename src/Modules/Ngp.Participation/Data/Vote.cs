using Ngp.Core.Accounts;

namespace Ngp.Participation.Data;

/// <summary>
/// An answer to one question of a consultation. <see cref="VoterKey"/> is the account (<c>u:{id}</c>) or, for a
/// dwelling choice, the lease (<c>l:{reference}</c>); the unique index (item, question, voter) is what makes a
/// vote unique even when two submissions arrive at once.
/// </summary>
public sealed class Vote
{
    public long Id { get; set; }

    public required string ContentItemId { get; set; }

    public required string QuestionId { get; set; }

    public required string VoterKey { get; set; }

    /// <summary>The account that last chose (for a lease, the household member who answered last).</summary>
    [UserId]
    public required string UserId { get; set; }

    /// <summary>Chosen option ids, comma-separated, in order (the order is the ranking for ranking questions).</summary>
    public required string OptionIds { get; set; }

    public string? LeaseReference { get; set; }

    public string? Building { get; set; }

    /// <summary>How an answer arrived when not online (<see cref="VoteChannels"/>): such an answer is final.</summary>
    public string? Channel { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public DateTimeOffset UpdatedUtc { get; set; }
}
