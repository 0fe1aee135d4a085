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
}

public sealed class EfOutbox(NgpDbContext db, TimeProvider clock) : IOutbox
{
    public void Add<TEvent>(TEvent domainEvent) where TEvent : IDomainEvent
    {
        db.OutboxMessages.Add(new OutboxMessage
        {
            Type = typeof(TEvent).Name,
            Payload = JsonSerializer.Serialize(domainEvent, JsonSerializerOptions.Web),
            CreatedUtc = clock.GetUtcNow(),
        });
    }
}
