using System.Text.Json;
using Ngp.Core.Data;

namespace Ngp.Core.Outbox;

/// <summary>A domain event kept in the tenant database until its consumers (workflows, indexing, e-mail) have processed it.</summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    public required string Type { get; set; }

    public required string Payload { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public DateTimeOffset? ProcessedUtc { get; set; }
}

/// <summary>Marker of the events modules raise; the type name is the event's stable name.</summary>
public interface IDomainEvent;

public interface IOutbox
{
    /// <summary>Adds the event to the current unit of work: it is committed by the same SaveChanges as the change that raised it.</summary>
    void Add<TEvent>(TEvent domainEvent) where TEvent : IDomainEvent;

    /// <summary>
    /// Writes the events at once, in the context's current transaction, for a use case that writes its own rows
    /// without SaveChanges (<see cref="RowStatement{TEntity}"/>): they commit or roll back with it.
    /// </summary>
    Task WriteAsync<TEvent>(IReadOnlyCollection<TEvent> domainEvents, CancellationToken ct) where TEvent : IDomainEvent;
}

public sealed class EfOutbox(NgpDbContext db, TimeProvider clock) : IOutbox
{
    public void Add<TEvent>(TEvent domainEvent) where TEvent : IDomainEvent => db.OutboxMessages.Add(Message(domainEvent, clock.GetUtcNow()));

    public async Task WriteAsync<TEvent>(IReadOnlyCollection<TEvent> domainEvents, CancellationToken ct) where TEvent : IDomainEvent
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("Events written outside SaveChanges need the caller's transaction, or they would commit alone.");
        var now = clock.GetUtcNow();
        await using var insert = RowStatement<OutboxMessage>.Insert(db);
        foreach (var domainEvent in domainEvents)
            await insert.RunAsync(Message(domainEvent, now), ct);
    }

    private static OutboxMessage Message<TEvent>(TEvent domainEvent, DateTimeOffset now) where TEvent : IDomainEvent => new()
    {
        Type = typeof(TEvent).Name,
        Payload = JsonSerializer.Serialize(domainEvent, JsonSerializerOptions.Web),
        CreatedUtc = now,
    };
}
