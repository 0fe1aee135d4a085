using Ngp.Core.Accounts;

namespace Ngp.Meetings.Data;

/// <summary>A person with an account recorded present when the meeting was closed.</summary>
public sealed class MeetingAttendance
{
    public long Id { get; set; }

    public required string MeetingId { get; set; }

    [UserId]
    public required string UserId { get; set; }
}
