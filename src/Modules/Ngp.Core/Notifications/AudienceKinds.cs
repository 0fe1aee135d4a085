namespace Ngp.Core.Notifications;

public static class AudienceKinds
{
    /// <summary>Followers of a content item (key: content item id). Participation.</summary>
    public const string Followers = "followers";

    /// <summary>Named stakeholders of a project's road map (key: content item id). Participation.</summary>
    public const string Stakeholders = "stakeholders";

    /// <summary>People who voted in a consultation (key: content item id). Participation.</summary>
    public const string Participants = "participants";

    /// <summary>Registered residents and recorded attendees of a meeting (key: content item id). Meetings.</summary>
    public const string MeetingAttendees = "meeting-attendees";
}
