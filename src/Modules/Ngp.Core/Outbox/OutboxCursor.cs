using Ngp.Core.Leasing;

namespace Ngp.Core.Outbox;

/// <summary>Where a consumer stands in a tenant's outbox; the row is also the lease that keeps one dispatcher per consumer.</summary>
public sealed class OutboxCursor : ILeasedRow
{
    public required string Consumer { get; set; }

    /// <summary>Id of the last event handled (or set aside); the next pass starts after it.</summary>
    public long LastEventId { get; set; }

    /// <summary>Process that holds the lease (machine, process id, instance), null when free.</summary>
    public string? LeaseOwner { get; set; }

    /// <summary>UTC ticks until which the lease holds; ticks rather than a date so both providers compare them in SQL.</summary>
    public long LeaseUntilTicks { get; set; }

    /// <summary>Failed attempts on the event after <see cref="LastEventId"/>.</summary>
    public int Attempts { get; set; }

    /// <summary>UTC ticks before which the failing event is not tried again.</summary>
    public long RetryAfterTicks { get; set; }

    public string? LastError { get; set; }
}
