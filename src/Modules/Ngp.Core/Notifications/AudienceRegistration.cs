using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ngp.Core.Notifications;

public static class AudienceRegistration
{
    /// <summary>Registers the module's resolver of one kind of group (scoped: it reads the tenant's data) with its label.</summary>
    public static IServiceCollection AddAudience<TSource>(this IServiceCollection services, string kind, string label) where TSource : class, IAudienceSource =>
        services.AddAudience(kind, label, sp => ActivatorUtilities.CreateInstance<TSource>(sp));

    /// <summary>The same, for a resolver made by a factory (one class serving several kinds).</summary>
    public static IServiceCollection AddAudience(this IServiceCollection services, string kind, string label, Func<IServiceProvider, IAudienceSource> factory)
    {
        services.AddScoped(factory);
        services.AddSingleton(new AudienceDescriptor(kind, label));
        services.TryAddSingleton<AudienceCatalog>();
        return services;
    }
}
