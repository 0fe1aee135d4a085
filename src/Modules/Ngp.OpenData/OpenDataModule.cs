using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Modules;

namespace Ngp.OpenData;

/// <summary>
/// Open data (« Données ouvertes »): the page <c>/donnees</c> listing the datasets the modules publish
/// (<see cref="Ngp.Core.OpenData.IOpenDataset"/>), their downloads as CSV and JSON, on the head office for all
/// agencies at once too, and the DCAT-AP catalogue <c>/donnees/catalogue.json</c> that portals harvest.
/// </summary>
public sealed class OpenDataModule : INgpModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OpenDataOptions>().Bind(configuration.GetSection("Ngp:OpenData"))
            .Validate(o => !string.IsNullOrWhiteSpace(o.LicenseName) && Uri.TryCreate(o.LicenseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http",
                "Ngp:OpenData:LicenseName must be set and Ngp:OpenData:LicenseUrl must be an absolute http(s) address.")
            .ValidateOnStart();
        services.AddScoped<OpenDataCatalog>();
        services.AddSingleton<ILayoutItem>(new LayoutItem(LayoutSlot.Footer, 10, "OpenData-Footer"));
    }

    public void MapEndpoints(IEndpointRouteBuilder tenant) => tenant.MapOpenData();
}
