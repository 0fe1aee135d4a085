namespace Ngp.Core.Outbox;

/// <summary>Marker of the events modules raise; the type name is the event's stable name.</summary>
public interface IDomainEvent;
