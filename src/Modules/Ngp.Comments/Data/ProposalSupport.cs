using Ngp.Core.Accounts;

namespace Ngp.Comments.Data;

/// <summary>One person's support of a comment's proposal; the unique index makes it one per person.</summary>
public sealed class ProposalSupport
{
    public long Id { get; set; }

    public long CommentId { get; set; }

    [UserId]
    public required string UserId { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }
}
