namespace Ngp.Workflows.Model;

/// <summary>What starts an instance: an event by its name, with optional filters and timer settings.</summary>
public sealed record StartEvent
{
    /// <summary>Event name (<c>ContentPublished</c>, <c>CommentReported</c>…), <c>Timer</c> or <c>Signal</c>.</summary>
    public string Type { get; init; } = "";

    /// <summary>Only items of these content types start the workflow (empty: any).</summary>
    public IReadOnlyList<string> ContentTypes { get; init; } = [];

    /// <summary>Timer: a cron expression (5 fields, UTC).</summary>
    public string? Cron { get; init; }

    /// <summary>Timer: one date and time (ISO 8601), fired once.</summary>
    public string? At { get; init; }
}
