namespace Ngp.Core.Outbox;

/// <summary>
/// The domain events the site's modules declare (<see cref="DomainEventRegistration.AddDomainEvent{TEvent}"/>), so that
/// a module reacting to events in general (workflows) lists them without naming any module's events itself.
/// </summary>
public sealed class DomainEventCatalog(IEnumerable<DomainEventDescriptor> declared)
{
    public IReadOnlyList<DomainEventDescriptor> All { get; } = declared.DistinctBy(e => e.Name).OrderBy(e => e.Label, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), ignoreCase: true)).ToList();

    public DomainEventDescriptor? Find(string name) => All.FirstOrDefault(e => e.Name == name);
}
