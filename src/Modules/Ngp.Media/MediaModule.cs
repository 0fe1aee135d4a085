using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Ngp.Core.Modules;
using Ngp.Core.Tenancy;
using Ngp.Media.Api;
using Ngp.Media.Data;
using Ngp.Media.Storage;

namespace Ngp.Media;

/// <summary>
/// Images for content: upload (checked, re-encoded, resized) and serving, per tenant, kept as files or in the tenant's
/// database (<c>Ngp:Media:Store</c>); a background pass deletes the images no content uses any more.
/// </summary>
public sealed class MediaModule : INgpModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MediaOptions>().Bind(configuration.GetSection(MediaOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ImageProcessor>();
        services.AddScoped<FileMediaBackend>();
        services.AddScoped<DatabaseMediaBackend>();
        services.AddScoped<IMediaBackend>(sp => StoreOf(sp) == MediaStoreKind.Database
            ? sp.GetRequiredService<DatabaseMediaBackend>()
            : sp.GetRequiredService<FileMediaBackend>());
        services.AddScoped<IMediaStore, MediaStore>();
        services.AddSingleton<UnusedMediaCleaner>();
        services.AddHostedService(sp => sp.GetRequiredService<UnusedMediaCleaner>());
    }

    public void MapEndpoints(IEndpointRouteBuilder tenant) => tenant.MapMediaApi();

    public IEnumerable<Permission> Permissions => [MediaPermissions.UploadMedia];

    public void ConfigureModel(ModelBuilder model) => model.ApplyConfiguration(new MediaFileRecordConfiguration());

    /// <summary>The module's tables come from its own migrations (<c>Migrations/</c>); the host created them until issue 18.</summary>
    public ModuleSchema? Schema => MediaSchema.Definition;

    /// <summary>The setting, else the database wherever the tenant's database is PostgreSQL (shared by the nodes).</summary>
    private static MediaStoreKind StoreOf(IServiceProvider services) =>
        services.GetRequiredService<IOptions<MediaOptions>>().Value.Store
        ?? (services.GetRequiredService<ITenantContext>().Tenant.DatabaseProvider == DatabaseProvider.Postgres ? MediaStoreKind.Database : MediaStoreKind.Files);
}
