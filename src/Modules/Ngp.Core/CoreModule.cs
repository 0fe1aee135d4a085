using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Ngp.Core.Accounts;
using Ngp.Core.Mail;
using Ngp.Core.Modules;
using Ngp.Core.Notifications;
using Ngp.Core.Outbox;
using Ngp.Core.Settings;
using Ngp.Core.Tenancy;

namespace Ngp.Core;

public sealed class CoreModule : INgpModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddDomainEvent<UserDeleted>("Compte supprimé");
        services.TryAddSingleton<AudienceCatalog>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<TenantContext>();
        services.AddScoped<ITenantContext>(sp => sp.GetRequiredService<TenantContext>());
        services.AddSingleton<TenantActivity>();
        services.AddSingleton<ITenantScopeFactory, TenantScopeFactory>();
        services.AddScoped<IOutbox, EfOutbox>();
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section));
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxSignalInterceptor>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.AddSingleton<CacheSignals>();
        services.AddSingleton<Telemetry.NgpMetrics>();
        services.AddSingleton<OutboxRetention>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxRetention>());
        services.AddSingleton<SiteSettingsCache>();
        services.AddScoped<ISiteSettingsStore, SiteSettingsStore>();
        services.TryAddScoped<IEmailSender, PickupFolderEmailSender>();
        services.AddOutputCache(o =>
        {
            o.AddPolicy(Web.PublicPageCacheNames.Policy, new Web.PublicPagePolicy(Web.PublicPageCacheNames.Lifetime));
            o.AddPolicy(Web.PublicPageCacheNames.LivePolicy, new Web.PublicPagePolicy(Web.PublicPageCacheNames.LiveLifetime));
        });
        services.AddScoped<Web.IPublicPageCache, Web.PublicPageCache>();
        services.AddSingleton<Web.PublicContentChanges>();
        services.AddSingleton<Web.ReturnUrls>();
        services.AddHttpContextAccessor();
        services.AddScoped<Accounts.CurrentUser>();
        services.AddScoped<Web.SiteLinks>();
    }
}
