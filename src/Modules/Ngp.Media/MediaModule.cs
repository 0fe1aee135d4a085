using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Modules;
using Ngp.Media.Api;

namespace Ngp.Media;

/// <summary>Images for content: upload (checked, re-encoded, resized) and serving, per tenant, as files without tables.</summary>
public sealed class MediaModule : INgpModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MediaOptions>().Bind(configuration.GetSection(MediaOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ImageProcessor>();
        services.AddScoped<IMediaStore, MediaStore>();
    }

    public void MapEndpoints(IEndpointRouteBuilder tenant) => tenant.MapMediaApi();

    public IEnumerable<Permission> Permissions => [MediaPermissions.UploadMedia];
}
