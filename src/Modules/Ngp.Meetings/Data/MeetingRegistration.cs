using Ngp.Core.Accounts;

namespace Ngp.Meetings.Data;

public sealed class MeetingRegistration
{
    public long Id { get; set; }

    public required string MeetingId { get; set; }

    [UserId]
    public required string UserId { get; set; }

    public RegistrationStatus Status { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public DateTimeOffset? PromotedUtc { get; set; }

    public DateTimeOffset? CancelledUtc { get; set; }
}
