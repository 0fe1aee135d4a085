namespace Ngp.Comments.Data;

public enum CommentStatus
{
    /// <summary>Shown to everyone.</summary>
    Visible,

    /// <summary>Waiting for a moderator: pre-moderation is on, or 3 reports hid it.</summary>
    Pending,

    /// <summary>Hidden by a moderator.</summary>
    Hidden,

    /// <summary>Deleted by its author: kept as a placeholder so replies stay in their thread.</summary>
    Deleted,
}
