using Ngp.Comments.Data;

namespace Ngp.Comments.Threads;

/// <summary>A comment as pages and the API show it: text rendered and sanitized, author's public name (never their e-mail), proposal supports.</summary>
public sealed record CommentView
{
    public required long Id { get; init; }

    public long? ParentId { get; init; }

    public int Depth { get; init; }

    public required string AuthorId { get; init; }

    public required string AuthorName { get; init; }

    public required string Stance { get; init; }

    public required string BodyHtml { get; init; }

    public string? Body { get; init; }

    public string? Proposal { get; init; }

    public string? ProposalHtml { get; init; }

    public int Supports { get; init; }

    public bool SupportedByViewer { get; init; }

    public CommentStatus Status { get; init; }

    public DateTimeOffset CreatedUtc { get; init; }

    public DateTimeOffset? EditedUtc { get; init; }

    public bool IsMine { get; init; }

    public List<CommentView> Replies { get; } = [];
}
