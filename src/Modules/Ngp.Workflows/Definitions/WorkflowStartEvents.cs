using Ngp.Core.Outbox;

namespace Ngp.Workflows.Definitions;

/// <summary>
/// The start events the editor offers: the domain events the modules declare, and the workflows' own timer and signal.
/// Events are matched by name, so an event no module declares still starts workflows when raised; this only labels them.
/// </summary>
public sealed class WorkflowStartEvents(DomainEventCatalog events)
{
    public IReadOnlyList<DomainEventDescriptor> Known { get; } =
    [
        .. events.All,
        new(WorkflowEvents.Timer, "Minuterie (cron ou date)", []),
        new(WorkflowEvents.Signal, "Signal (adresse signée)", ["input"]),
    ];

    public string Label(string name) => Known.FirstOrDefault(k => k.Name == name)?.Label ?? name;
}
