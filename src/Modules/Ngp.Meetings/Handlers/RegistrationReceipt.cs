using Ngp.Meetings.Data;

namespace Ngp.Meetings.Handlers;

public sealed record RegistrationReceipt(string MeetingId, RegistrationStatus Status, int? WaitingPosition);
