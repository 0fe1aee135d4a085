namespace Ngp.Participation.Comments;

public sealed record ReportRequest(string? Reason);
