using Ngp.Core.Accounts;

namespace Ngp.Comments.Data;

/// <summary>An author a moderator blocked from commenting until <see cref="UntilUtc"/>.</summary>
public sealed class CommentBlock
{
    public long Id { get; set; }

    [UserId]
    public required string UserId { get; set; }

    public DateTimeOffset UntilUtc { get; set; }

    [UserId]
    public required string ModeratorId { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }
}
