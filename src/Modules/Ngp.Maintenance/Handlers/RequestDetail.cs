namespace Ngp.Maintenance.Handlers;

/// <summary>
/// One request with its timeline. <see cref="Messages"/> is null for a neighbour reading a common-area request: the
/// conversation is the filer's and the agency's.
/// </summary>
public sealed record RequestDetail(
    RequestSummary Summary, string Description, IReadOnlyList<TimelineStep> Timeline, IReadOnlyList<MessageView>? Messages,
    bool MeTooByMe, bool CanMeToo, bool CanWrite, bool CanManage);
