using Ngp.Core.Accounts;

namespace Ngp.Comments.Data;

public sealed class CommentReport
{
    public long Id { get; set; }

    public long CommentId { get; set; }

    [UserId]
    public required string UserId { get; set; }

    /// <summary><c>spam</c>, <c>offensive</c> or <c>off-topic</c>.</summary>
    public required string Reason { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    /// <summary>Set when a moderator decided (hid or restored the comment).</summary>
    public bool Resolved { get; set; }
}
