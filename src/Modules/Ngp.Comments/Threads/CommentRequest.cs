namespace Ngp.Comments.Threads;

public sealed record CommentRequest(string? Body, string? Stance, string? Proposal, long? ParentId);
