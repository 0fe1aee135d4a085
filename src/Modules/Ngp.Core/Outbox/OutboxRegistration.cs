using Microsoft.Extensions.DependencyInjection;

namespace Ngp.Core.Outbox;

public static class OutboxRegistration
{
    /// <summary>Registers a consumer of the tenant's events (scoped: it gets the tenant's services).</summary>
    public static IServiceCollection AddOutboxConsumer<TConsumer>(this IServiceCollection services) where TConsumer : class, IOutboxConsumer =>
        services.AddScoped<IOutboxConsumer, TConsumer>();
}
