using Ngp.Core.Accounts;

namespace Ngp.Comments.Data;

public sealed class Comment
{
    public long Id { get; set; }

    public required string ContentItemId { get; set; }

    public long? ParentId { get; set; }

    /// <summary>0 for a comment on the item, 1 and 2 for replies: three levels at most.</summary>
    public int Depth { get; set; }

    [UserId]
    public required string AuthorId { get; set; }

    /// <summary><c>for</c>, <c>neutral</c> or <c>against</c>.</summary>
    public required string Stance { get; set; }

    /// <summary>Markdown subset, rendered and sanitized on display.</summary>
    public required string Body { get; set; }

    /// <summary>The proposal an objection carries (required when <see cref="Stance"/> is <c>against</c>).</summary>
    public string? Proposal { get; set; }

    public CommentStatus Status { get; set; }

    public int ReportCount { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public DateTimeOffset? EditedUtc { get; set; }
}
