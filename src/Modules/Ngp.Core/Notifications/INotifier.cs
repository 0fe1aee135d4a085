namespace Ngp.Core.Notifications;

/// <summary>
/// Tells people that something happened: e-mail (now or in a digest, as each account chose; at once to a bare address,
/// which has no preference) and in-app. What must not wait for a digest (password reset, invitation, account security)
/// does not go through it: it is sent by <see cref="Mail.IEmailSender"/>.
/// Modules and workflow tasks call it with a notice and an audience; the notifications module resolves the
/// audience, removes duplicates and people who opted out, and queues the messages in the caller's unit of work.
/// Nothing is sent before the caller's <c>SaveChanges</c> commits, and SMTP is never touched inside the call.
/// </summary>
public interface INotifier
{
    /// <summary>Queues the notice for every member of the audience; returns how many recipients it reached.</summary>
    Task<int> NotifyAsync(Notice notice, Audience audience, CancellationToken ct = default);
}

/// <summary>What happened, in words a recipient reads (plain text; templates escape it).</summary>
public sealed record Notice
{
    /// <summary>Kind of event (<c>CommentReplied</c>, <c>ProjectPhaseChanged</c>, <c>SynthesisPublished</c>…): selects the template.</summary>
    public required string Event { get; init; }

    /// <summary>One line: the in-app notification and the e-mail subject when the template has none.</summary>
    public required string Title { get; init; }

    /// <summary>Longer plain text (a comment's text, a synthesis's summary); optional.</summary>
    public string? Text { get; init; }

    /// <summary>Link to follow, relative to the tenant (<c>projets/residence-les-tilleuls</c>).</summary>
    public string? Url { get; init; }

    /// <summary>The content item concerned; lets digests group and recipients unsubscribe from one item.</summary>
    public string? ContentItemId { get; init; }

    /// <summary>Extra values for the template (<c>{{ Data.PhaseName }}</c>).</summary>
    public IReadOnlyDictionary<string, string?> Data { get; init; } = new Dictionary<string, string?>();

    /// <summary>The same key never reaches the same recipient twice (a workflow retried, an event replayed).</summary>
    public string? IdempotencyKey { get; init; }
}

/// <summary>Who should hear of it. Every list is optional; the union is taken, duplicates removed.</summary>
public sealed record Audience
{
    public IReadOnlyList<string> UserIds { get; init; } = [];

    /// <summary>Every account holding one of these roles (<c>Editor</c>, <c>Moderator</c>…).</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>People without an account (a project's named stakeholders): e-mail only.</summary>
    public IReadOnlyList<string> Emails { get; init; } = [];

    /// <summary>Groups other modules resolve (<see cref="AudienceKinds"/>): the followers of a project, a meeting's attendees.</summary>
    public IReadOnlyList<AudienceGroup> Groups { get; init; } = [];

    /// <summary>Left out even when in another list (the author of the comment being announced).</summary>
    public IReadOnlyList<string> ExceptUserIds { get; init; } = [];

    public static Audience Users(params string[] userIds) => new() { UserIds = userIds };

    public static Audience Followers(string contentItemId) => new() { Groups = [new AudienceGroup(AudienceKinds.Followers, contentItemId)] };
}

/// <summary>A group of recipients named by kind and key, resolved by the module that owns it through <see cref="IAudienceSource"/>.</summary>
public sealed record AudienceGroup(string Kind, string Key);

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

/// <summary>Resolves one kind of <see cref="AudienceGroup"/>; registered (scoped) by the module that owns the data.</summary>
public interface IAudienceSource
{
    string Kind { get; }

    Task<IReadOnlyList<AudienceMember>> ResolveAsync(string key, CancellationToken ct = default);
}

/// <summary>A recipient: an account (its e-mail and preferences are looked up) or a bare e-mail address.</summary>
public sealed record AudienceMember(string? UserId, string? Email = null, string? DisplayName = null);
