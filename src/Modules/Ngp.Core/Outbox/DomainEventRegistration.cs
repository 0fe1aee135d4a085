using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ngp.Core.Outbox;

public static class DomainEventRegistration
{
    /// <summary>Declares one of the module's events: its outbox name is the type's, its payload the record's properties as the outbox writes them.</summary>
    public static IServiceCollection AddDomainEvent<TEvent>(this IServiceCollection services, string label) where TEvent : IDomainEvent
    {
        var payload = typeof(TEvent).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => JsonSerializerOptions.Web.PropertyNamingPolicy?.ConvertName(p.Name) ?? p.Name).ToList();
        services.AddSingleton(new DomainEventDescriptor(typeof(TEvent).Name, label, payload));
        services.TryAddSingleton<DomainEventCatalog>();
        return services;
    }
}
