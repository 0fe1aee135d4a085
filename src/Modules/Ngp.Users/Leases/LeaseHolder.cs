using Ngp.Core.Accounts;

namespace Ngp.Users.Leases;

/// <summary>
/// An account verified by a lease. The slot (1..max) with its unique index makes the household limit hold
/// even when two registrations with the same lease arrive at once.
/// </summary>
public sealed class LeaseHolder
{
    public int Id { get; set; }

    public int LeaseId { get; set; }

    public Lease? Lease { get; set; }

    [UserId]
    public required string UserId { get; set; }

    public int Slot { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }
}
