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
