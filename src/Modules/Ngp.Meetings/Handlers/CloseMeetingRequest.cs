namespace Ngp.Meetings.Handlers;

/// <summary>What the organiser records when closing a meeting: who came, and the synthesis.</summary>
public sealed record CloseMeetingRequest
{
    public IReadOnlyList<string> Attendees { get; init; } = [];
    public int AnonymousAttendees { get; init; }
    public string? Summary { get; init; }
    public string? Said { get; init; }
    public string? Decisions { get; init; }
    public IReadOnlyList<HeardObjection> Objections { get; init; } = [];
    public IReadOnlyList<NextStep> NextSteps { get; init; } = [];
    public string? Documents { get; init; }

    /// <summary>Publish the synthesis at once (or submit it for approval when the agency requires it).</summary>
    public bool Publish { get; init; }
}
