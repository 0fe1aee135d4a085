namespace Ngp.Comments.Threads;

public sealed record ModerationRequest(string? Action, int? Days);
