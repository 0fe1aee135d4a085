using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Ngp.Core.OpenData;

namespace Ngp.OpenData.Pages.Datasets;

/// <summary>
/// « Données ouvertes »: every dataset of the site with its description, licence, last update, columns and
/// downloads; on the head office each one for all agencies too. Not kept in the public page cache: its dates follow
/// the data.
/// </summary>
public sealed class IndexModel(OpenDataCatalog catalog, IOptions<OpenDataOptions> options) : PageModel
{
    public OpenDataOptions License => options.Value;

    public bool HeadOffice => catalog.OffersAllAgencies;

    public IReadOnlyList<DatasetView> Datasets { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var views = new List<DatasetView>();
        foreach (var dataset in catalog.Listed)
        {
            var own = dataset.AppliesTo(catalog.Tenant) ? await dataset.VersionAsync(ct) : null;
            var all = catalog.OffersAllAgencies ? await catalog.AllAgenciesVersionAsync(dataset, ct) : null;
            views.Add(new DatasetView(dataset, own is not null, own?.ModifiedUtc, all is not null, all?.ModifiedUtc));
        }
        Datasets = views;
    }

    /// <summary>A column's name that a phone's narrow table may wrap after its underscores, never inside a word.</summary>
    public static IHtmlContent Breakable(string name) =>
        new HtmlString(string.Join("_<wbr>", name.Split('_').Select(part => HtmlEncoder.Default.Encode(part))));

    public static string TypeLabel(OpenDataType type) => type switch
    {
        OpenDataType.Integer => "Nombre entier",
        OpenDataType.Decimal => "Nombre décimal",
        OpenDataType.Boolean => "Oui / non",
        OpenDataType.DateTime => "Date et heure",
        OpenDataType.Url => "Adresse web",
        _ => "Texte",
    };
}
