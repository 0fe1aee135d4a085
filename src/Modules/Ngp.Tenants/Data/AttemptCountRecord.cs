namespace Ngp.Tenants.Data;

/// <summary>
/// Attempts counted under one key (an address or an account, per tenant) in the window that began at
/// <see cref="WindowStartUtc"/>, for the rate limits every web node shares on PostgreSQL (<see cref="PostgresAttemptCounter"/>).
/// </summary>
public sealed class AttemptCountRecord
{
    public required string Key { get; set; }

    public DateTimeOffset WindowStartUtc { get; set; }

    public int Count { get; set; }
}
