using Ngp.Core.Notifications;

namespace Ngp.Meetings;

/// <summary>Audience kinds the meetings module resolves, beside <see cref="AudienceKinds.MeetingAttendees"/>.</summary>
public static class MeetingAudienceKinds
{
    /// <summary>
    /// Everyone a synthesis is for (key: the synthesis id): the meeting's attendees and invited stakeholders, and the
    /// followers and stakeholders of its project. One group, so that the notifier removes the duplicates at once.
    /// </summary>
    public const string SynthesisAudience = "synthesis-audience";

    /// <summary>The organiser of a meeting (key: meeting id) while it has no synthesis; nobody once it has one.</summary>
    public const string OrganiserAwaitingSynthesis = "meeting-organiser-awaiting-synthesis";

    /// <summary>The agency's administrators while a meeting (key: meeting id) has no synthesis; nobody once it has one.</summary>
    public const string AdministratorsAwaitingSynthesis = "meeting-administrators-awaiting-synthesis";
}
