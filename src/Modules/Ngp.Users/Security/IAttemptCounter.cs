namespace Ngp.Users.Security;

/// <summary>
/// Counts attempts (sign-ins, registrations, token requests) per key in fixed windows, for the rate limits. In memory
/// on one node (<see cref="MemoryAttemptCounter"/>); in the host database when several nodes share PostgreSQL, so a
/// limit holds whichever node answers.
/// </summary>
public interface IAttemptCounter
{
    /// <summary>True when the count is kept where every web node sees it.</summary>
    bool AcrossNodes { get; }

    /// <summary>Counts one attempt under <paramref name="key"/>; false once more than <paramref name="limit"/> were counted in the current window.</summary>
    ValueTask<bool> TryCountAsync(string key, int limit, TimeSpan window, CancellationToken ct);
}
