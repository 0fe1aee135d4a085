using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ngp.Core.OpenData;
using Ngp.OpenData.Writing;

namespace Ngp.OpenData;

/// <summary>
/// The site's catalogue in DCAT-AP (JSON-LD), as data.gouv.fr and the European portal harvest it: a
/// <c>dcat:Catalog</c> with its title, description, publisher, language, licence and homepage; a <c>dcat:Dataset</c>
/// per dataset (title, description, keywords, publisher, modified, landing page); a <c>dcat:Distribution</c> per
/// download (access and download URL, format, media type, licence, modified).
/// </summary>
public static class DcatCatalogue
{
    public const string ContentType = "application/ld+json; charset=utf-8";
    private const string FileTypes = "http://publications.europa.eu/resource/authority/file-type/";
    private const string MediaTypes = "https://www.iana.org/assignments/media-types/";
    private const string French = "http://publications.europa.eu/resource/authority/language/FRA";

    /// <summary>A dataset as the catalogue lists it: whether this site offers its own rows, and on the head office all agencies' rows.</summary>
    public sealed record Entry(IOpenDataset Dataset, DateTimeOffset? Modified, bool Own, DateTimeOffset? AllAgenciesModified, bool AllAgencies);

    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };

    public static byte[] Write(string siteName, string root, bool headOffice, OpenDataOptions license, IReadOnlyList<Entry> entries)
    {
        var publisher = new JsonObject
        {
            ["@id"] = root,
            ["@type"] = "foaf:Agent",
            ["foaf:name"] = siteName,
        };
        var catalog = new JsonObject
        {
            ["@context"] = new JsonObject
            {
                ["dcat"] = "http://www.w3.org/ns/dcat#",
                ["dct"] = "http://purl.org/dc/terms/",
                ["foaf"] = "http://xmlns.com/foaf/0.1/",
                ["xsd"] = "http://www.w3.org/2001/XMLSchema#",
            },
            ["@id"] = root + "donnees",
            ["@type"] = "dcat:Catalog",
            ["dct:title"] = Text($"Données ouvertes — {siteName}"),
            ["dct:description"] = Text(headOffice
                ? $"Les données publiques de {siteName} et de ses agences : plan d'actions, résultats des concertations, réunions et synthèses, bonnes pratiques, actualités. Chaque jeu est aussi proposé pour toutes les agences à la fois."
                : $"Les données publiques de {siteName} : plan d'actions, résultats des concertations, réunions et synthèses, bonnes pratiques, actualités."),
            ["dct:publisher"] = publisher.DeepClone(),
            ["dct:language"] = Ref(French),
            ["dct:license"] = Ref(license.LicenseUrl),
            ["foaf:homepage"] = Ref(root + "donnees"),
            ["dcat:dataset"] = new JsonArray([.. entries.Select(e => Dataset(e, root, publisher, license))]),
        };
        if (entries.SelectMany(e => new[] { e.Modified, e.AllAgenciesModified }).Max() is { } modified)
            catalog["dct:modified"] = Date(modified);
        return JsonSerializer.SerializeToUtf8Bytes(catalog, Options);
    }

    private static JsonObject Dataset(Entry entry, string root, JsonObject publisher, OpenDataOptions license)
    {
        var d = entry.Dataset;
        var distributions = new JsonArray();
        if (entry.Own)
        {
            distributions.Add(Distribution(root + OpenDataEndpoints.DownloadPath(d, "csv", false), "CSV", "text/csv", $"{d.Title} (CSV)", entry.Modified, license));
            distributions.Add(Distribution(root + OpenDataEndpoints.DownloadPath(d, "json", false), "JSON", "application/json", $"{d.Title} (JSON)", entry.Modified, license));
        }
        if (entry.AllAgencies)
        {
            distributions.Add(Distribution(root + OpenDataEndpoints.DownloadPath(d, "csv", true), "CSV", "text/csv", $"{d.Title}, toutes les agences (CSV)", entry.AllAgenciesModified, license));
            distributions.Add(Distribution(root + OpenDataEndpoints.DownloadPath(d, "json", true), "JSON", "application/json", $"{d.Title}, toutes les agences (JSON)", entry.AllAgenciesModified, license));
        }
        var dataset = new JsonObject
        {
            ["@id"] = root + "donnees#" + d.Name,
            ["@type"] = "dcat:Dataset",
            ["dct:identifier"] = root + "donnees#" + d.Name,
            ["dct:title"] = Text(d.Title),
            ["dct:description"] = Text(d.Description + " Colonnes : " + string.Join(" ; ", d.Columns.Select(c => $"{c.Name} ({c.Description})")) + "."),
            ["dcat:keyword"] = new JsonArray([.. d.Keywords.Select(k => (JsonNode)Text(k))]),
            ["dct:publisher"] = publisher.DeepClone(),
            ["dct:language"] = Ref(French),
            ["dcat:landingPage"] = Ref(root + "donnees#" + d.Name),
            ["dcat:distribution"] = distributions,
        };
        if (new[] { entry.Modified, entry.AllAgenciesModified }.Max() is { } modified)
            dataset["dct:modified"] = Date(modified);
        return dataset;
    }

    private static JsonObject Distribution(string url, string fileType, string mediaType, string title, DateTimeOffset? modified, OpenDataOptions license)
    {
        var distribution = new JsonObject
        {
            ["@id"] = url,
            ["@type"] = "dcat:Distribution",
            ["dct:title"] = Text(title),
            ["dcat:accessURL"] = Ref(url),
            ["dcat:downloadURL"] = Ref(url),
            ["dct:format"] = Ref(FileTypes + fileType),
            ["dcat:mediaType"] = Ref(MediaTypes + mediaType),
            ["dct:license"] = Ref(license.LicenseUrl),
        };
        if (modified is { } m)
            distribution["dct:modified"] = Date(m);
        return distribution;
    }

    private static JsonObject Text(string value) => new() { ["@value"] = value, ["@language"] = "fr" };

    private static JsonObject Ref(string id) => new() { ["@id"] = id };

    private static JsonObject Date(DateTimeOffset instant) => new() { ["@value"] = OpenDataFormat.Iso(instant), ["@type"] = "xsd:dateTime" };
}
