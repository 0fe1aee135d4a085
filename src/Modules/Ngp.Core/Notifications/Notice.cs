namespace Ngp.Core.Notifications;

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
