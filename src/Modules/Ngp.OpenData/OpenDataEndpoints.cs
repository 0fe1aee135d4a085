using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Ngp.Core.OpenData;
using Ngp.Core.Settings;
using Ngp.Core.Web;
using Ngp.OpenData.Writing;

namespace Ngp.OpenData;

/// <summary>
/// The downloads: <c>donnees/{jeu}.csv</c> and <c>.json</c>, on the head office <c>donnees/toutes-les-agences/{jeu}.csv</c>
/// and <c>.json</c> too, and the DCAT-AP catalogue <c>donnees/catalogue.json</c>. Anyone may read them.
/// </summary>
public static class OpenDataEndpoints
{
    public const string CataloguePath = "donnees/catalogue.json";
    public const string AllAgenciesFolder = "toutes-les-agences";

    private enum Format
    {
        Csv,
        Json,
    }

    public static void MapOpenData(this IEndpointRouteBuilder tenant)
    {
        string[] methods = [HttpMethods.Get, HttpMethods.Head];
        tenant.MapMethods(CataloguePath, methods, CatalogueAsync).AllowAnonymous().ExcludeFromDescription();
        tenant.MapMethods("donnees/{name}.csv", methods, (HttpContext http, string name) => DownloadAsync(http, name, Format.Csv, allAgencies: false))
            .AllowAnonymous().ExcludeFromDescription();
        tenant.MapMethods("donnees/{name}.json", methods, (HttpContext http, string name) => DownloadAsync(http, name, Format.Json, allAgencies: false))
            .AllowAnonymous().ExcludeFromDescription();
        tenant.MapMethods($"donnees/{AllAgenciesFolder}/{{name}}.csv", methods, (HttpContext http, string name) => DownloadAsync(http, name, Format.Csv, allAgencies: true))
            .AllowAnonymous().ExcludeFromDescription();
        tenant.MapMethods($"donnees/{AllAgenciesFolder}/{{name}}.json", methods, (HttpContext http, string name) => DownloadAsync(http, name, Format.Json, allAgencies: true))
            .AllowAnonymous().ExcludeFromDescription();
    }

    /// <summary>The address of a download relative to the tenant's root (<c>donnees/actualites.csv</c>).</summary>
    public static string DownloadPath(IOpenDataset dataset, string extension, bool allAgencies) =>
        allAgencies ? $"donnees/{AllAgenciesFolder}/{dataset.Name}.{extension}" : $"donnees/{dataset.Name}.{extension}";

    private static async Task DownloadAsync(HttpContext http, string name, Format format, bool allAgencies)
    {
        var catalog = http.RequestServices.GetRequiredService<OpenDataCatalog>();
        var license = http.RequestServices.GetRequiredService<IOptions<OpenDataOptions>>().Value;
        var ct = http.RequestAborted;
        var dataset = catalog.Find(name);
        if (dataset is null || (allAgencies ? !catalog.OffersAllAgencies : !dataset.AppliesTo(catalog.Tenant)))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var version = allAgencies ? await catalog.AllAgenciesVersionAsync(dataset, ct) : await dataset.VersionAsync(ct);
        IReadOnlyList<OpenDataColumn> columns = allAgencies ? [OpenDataCatalog.AgencyColumn, .. dataset.Columns] : dataset.Columns;
        var etag = OpenDataCaching.ETag(catalog.Tenant.Name, dataset.Name, format.ToString(), allAgencies ? AllAgenciesFolder : "",
            string.Join(",", columns.Select(c => $"{c.Name}:{c.Type}")), license.LicenseUrl, version.Fingerprint);
        if (OpenDataCaching.Answer(http, etag, version.ModifiedUtc))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        var extension = format == Format.Csv ? "csv" : "json";
        var fileName = allAgencies ? $"{dataset.Name}-toutes-les-agences.{extension}" : $"{dataset.Name}.{extension}";
        http.Response.ContentType = format == Format.Csv ? OpenDataCsv.ContentType : OpenDataJson.ContentType;
        http.Response.Headers.ContentDisposition = $"{(format == Format.Csv ? "attachment" : "inline")}; filename=\"{fileName}\"";
        if (HttpMethods.IsHead(http.Request.Method))
            return;
        var rows = allAgencies ? catalog.AllAgenciesRowsAsync(dataset, ct) : dataset.RowsAsync(ct);
        if (format == Format.Csv)
            await OpenDataCsv.WriteAsync(http.Response.BodyWriter, columns, rows, ct);
        else
            await OpenDataJson.WriteAsync(http.Response.BodyWriter, columns, rows, ct);
    }

    private static async Task CatalogueAsync(HttpContext http, OpenDataCatalog catalog, ISiteSettingsStore settings, SiteLinks links, IOptions<OpenDataOptions> license)
    {
        var ct = http.RequestAborted;
        var site = await settings.GetAsync(ct);
        var entries = new List<DcatCatalogue.Entry>();
        foreach (var dataset in catalog.Listed)
        {
            var own = dataset.AppliesTo(catalog.Tenant);
            var version = own ? await dataset.VersionAsync(ct) : null;
            var all = catalog.OffersAllAgencies ? await catalog.AllAgenciesVersionAsync(dataset, ct) : null;
            entries.Add(new DcatCatalogue.Entry(dataset, own ? version!.ModifiedUtc : null, own, all?.ModifiedUtc, all is not null));
        }
        var bytes = DcatCatalogue.Write(site.SiteName, links.Root, catalog.Tenant.IsHeadOffice, license.Value, entries);
        var etag = OpenDataCaching.ETag(System.Text.Encoding.UTF8.GetString(bytes));
        var modified = entries.Select(e => e.Modified).Concat(entries.Select(e => e.AllAgenciesModified)).Max();
        if (OpenDataCaching.Answer(http, etag, modified))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        http.Response.ContentType = DcatCatalogue.ContentType;
        if (HttpMethods.IsHead(http.Request.Method))
            return;
        await http.Response.Body.WriteAsync(bytes, ct);
    }
}
