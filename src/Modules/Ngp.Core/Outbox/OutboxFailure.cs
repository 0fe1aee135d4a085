namespace Ngp.Core.Outbox;

/// <summary>An event a consumer gave up on after its last attempt, kept for the administrator.</summary>
public sealed class OutboxFailure
{
    public long Id { get; set; }

    public required string Consumer { get; set; }

    public long EventId { get; set; }

    public required string EventType { get; set; }

    public required string Error { get; set; }

    public DateTimeOffset FailedUtc { get; set; }
}
