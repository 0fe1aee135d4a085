using System.Text.Json;
using Ngp.Core.Data;

namespace Ngp.Core.Outbox;

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
