namespace Ngp.Participation.Comments;

public sealed record CommentRequest(string? Body, string? Stance, string? Proposal, long? ParentId);
