using Ngp.Contents.Items;

namespace Ngp.Meetings.Handlers;

public sealed record ClosedMeeting(string MeetingId, string SynthesisId, ContentStatus SynthesisStatus);
