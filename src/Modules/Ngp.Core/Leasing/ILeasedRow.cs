namespace Ngp.Core.Leasing;

/// <summary>
/// A row that one process at a time may work on: an outbox cursor, a queued e-mail, a workflow instance. The owner
/// and expiry are columns of the row itself, taken and released by conditional updates (<see cref="RowLeases"/>), so
/// that two processes or two web nodes on one database never work on the same row at once.
/// </summary>
public interface ILeasedRow
{
    /// <summary>Who holds the lease (<see cref="LeaseOwners.New"/>), or null when free.</summary>
    string? LeaseOwner { get; set; }

    /// <summary>When the lease expires (UTC ticks): past it, another process may take the row.</summary>
    long LeaseUntilTicks { get; set; }
}
