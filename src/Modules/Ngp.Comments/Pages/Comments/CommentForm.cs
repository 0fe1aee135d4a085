namespace Ngp.Comments.Pages.Comments;

public sealed class CommentForm
{
    public string? Item { get; set; }

    public long? Parent { get; set; }

    public string? Body { get; set; }

    public string? Stance { get; set; } = "neutral";

    public string? Proposal { get; set; }
}
