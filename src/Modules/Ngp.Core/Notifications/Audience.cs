namespace Ngp.Core.Notifications;

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
