namespace Ngp.Core.Outbox;

public sealed class OutboxOptions
{
    public const string Section = "Ngp:Outbox";

    /// <summary>Turns the background dispatcher off (tests that drive <see cref="OutboxDispatcher"/> themselves keep it on; load tests may not).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often each running tenant's outbox is checked for new events.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a dispatcher keeps a consumer's lease without renewing it (a crashed node frees it after that).</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(60);

    public int BatchSize { get; set; } = 100;

    /// <summary>
    /// Pause after each pass before the next one. Each pass takes and frees a lease per consumer (writes that queue
    /// behind the requests' own on SQLite); without it, a burst of commits (votes) meant one pass per commit.
    /// Events committed meanwhile wait at most this long, and are then handled together.
    /// </summary>
    public TimeSpan GatherDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    public int MaxAttempts { get; set; } = 5;

    /// <summary>
    /// How long an event every consumer has passed is kept before <see cref="OutboxRetention"/> deletes it (with what its
    /// payload says about a person); events set aside in <c>OutboxFailures</c> stay until their failure row goes.
    /// </summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often each node deletes the events past <see cref="Retention"/>.</summary>
    public TimeSpan RetentionInterval { get; set; } = TimeSpan.FromHours(1);
}
