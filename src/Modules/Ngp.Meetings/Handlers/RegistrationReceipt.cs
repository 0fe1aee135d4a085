using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Outbox;
using Ngp.Core.Results;
using Ngp.Meetings.Data;

namespace Ngp.Meetings.Handlers;

public sealed record RegistrationReceipt(string MeetingId, RegistrationStatus Status, int? WaitingPosition);
