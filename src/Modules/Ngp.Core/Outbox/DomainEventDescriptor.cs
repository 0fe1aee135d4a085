namespace Ngp.Core.Outbox;

/// <summary>
/// A domain event as its module describes it to the others: the outbox type name, a French label for people
/// (the workflow editor), and the fields of its JSON payload (<c>{{ Event.contentItemId }}</c> in workflow Liquid).
/// </summary>
public sealed record DomainEventDescriptor(string Name, string Label, IReadOnlyList<string> Payload);
