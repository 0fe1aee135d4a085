using Ngp.Core.Data;

namespace Ngp.Core.Outbox;

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
