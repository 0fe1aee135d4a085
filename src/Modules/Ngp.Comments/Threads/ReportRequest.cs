namespace Ngp.Comments.Threads;

public sealed record ReportRequest(string? Reason);
