using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Notifications.Data;

namespace Ngp.Notifications.Sending;

public static class EmailQueueServiceExtensions
{
    public static IServiceCollection AddEmailOutbox(this IServiceCollection services)
    {
        services.AddSingleton<EmailSignal>();
        services.AddScoped<EmailQueue>();
        services.AddScoped<DeferredRows>();
        services.AddSingleton<DeferredRowsInterceptor>();
        // The host adds every registered IInterceptor to the tenant contexts.
        services.AddSingleton<IInterceptor>(sp => sp.GetRequiredService<DeferredRowsInterceptor>());
        return services;
    }
}
