using System.Text.Json;

namespace Ngp.Core.Outbox;

/// <summary>
/// A module that reacts to the domain events of a tenant after they are committed (workflows, indexing,
/// notifications). The dispatcher gives it each event once, in order, in its own DI scope and transaction:
/// what the consumer writes through the tenant's <c>NgpDbContext</c> commits together with the consumer's cursor,
/// so an event is never handled twice, even across restarts or with several web nodes.
/// Register it scoped with <c>services.AddOutboxConsumer&lt;T&gt;()</c>.
/// </summary>
public interface IOutboxConsumer
{
    /// <summary>Stable name: the key of the consumer's cursor in the tenant database.</summary>
    string Name { get; }

    /// <summary>Whether the consumer wants events of this type; others are skipped without opening a transaction.</summary>
    bool Accepts(string eventType);

    /// <summary>
    /// Whether the consumer wants events of this type now, for a consumer whose interest depends on the tenant's
    /// data (workflows: only the types some enabled workflow starts on or waits for). Asked once per batch and event
    /// type, in a scope of the tenant, after <see cref="Accepts"/> said yes; refused events move the cursor without a
    /// transaction each, so a burst of events nobody listens to (10,000 votes) costs a few writes, not 10,000.
    /// </summary>
    Task<bool> AcceptsAsync(string eventType, CancellationToken ct) => Task.FromResult(true);

    /// <summary>
    /// Handles one event. Throwing rolls back what the consumer wrote; the event is retried with back-off and,
    /// after <see cref="OutboxOptions.MaxAttempts"/>, set aside in <c>OutboxFailures</c> so later events go on.
    /// </summary>
    Task HandleAsync(OutboxEvent outboxEvent, CancellationToken ct);
}

/// <summary>One committed event as a consumer sees it.</summary>
public sealed record OutboxEvent(long Id, string Type, string Payload, DateTimeOffset CreatedUtc)
{
    public T Read<T>() => JsonSerializer.Deserialize<T>(Payload, JsonSerializerOptions.Web)
        ?? throw new InvalidOperationException($"Outbox event {Id} ({Type}) has an empty payload.");

    /// <summary>The payload as a JSON document, for consumers that do not know the event's CLR type (workflows).</summary>
    public JsonElement ReadElement() => JsonDocument.Parse(Payload).RootElement.Clone();

    /// <summary>
    /// The content item (or other subject) the event concerns, by the convention every event follows: a
    /// <c>contentItemId</c> property in the payload.
    /// </summary>
    public string? ContentItemId =>
        ReadElement() is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty("contentItemId", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;
}

/// <summary>Where a consumer stands in a tenant's outbox; the row is also the lease that keeps one dispatcher per consumer.</summary>
public sealed class OutboxCursor
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
