using Ngp.Contents.Items;
using Ngp.Contents.ShortLinks;
using Ngp.Core.Results;
using Ngp.Core.Settings;
using Ngp.Print.Pdf;
using Ngp.Users.Leases;

namespace Ngp.Print.Posters;

/// <summary>
/// Makes the hall poster of a published item: one A4 page per chosen building (one page without a building when none
/// is chosen), each with the building's name, the item's facts, the agency's name and colour, and a QR code to the
/// item's short address written out under it.
/// </summary>
public sealed class MakePoster(
    ContentQuery query, IEnumerable<IPosterContent> contents, LeaseList leases, ShortLinkStore shortLinks, ISiteSettingsStore settings, PrintComposer composer)
{
    /// <summary>More pages than an agency has halls in a street is a mistake, not a poster run.</summary>
    public const int MaxBuildings = 200;

    public bool Handles(string contentType) => contents.Any(c => c.ContentType == contentType);

    public async Task<Result<PosterFile>> HandleAsync(string id, IReadOnlyList<string> buildings, CancellationToken ct)
    {
        var item = await query.PublishedAsync(id, ct);
        if (item is null)
            return Result.NotFound("Ce contenu n'est pas publié : l'affiche renvoie à sa page publique, publiez-le d'abord.");
        var content = contents.FirstOrDefault(c => c.ContentType == item.ContentType);
        if (content is null)
            return Result.NotFound("Ce type de contenu n'a pas d'affiche.");
        if (buildings.Count > MaxBuildings)
            return Result.Invalid($"Une affiche est imprimée pour {MaxBuildings} bâtiments au plus.", "buildings", "Choisissez moins de bâtiments.");
        var known = await leases.BuildingsAsync(ct);
        var pages = new List<string?>();
        foreach (var asked in buildings)
        {
            var building = known.FirstOrDefault(b => string.Equals(b, asked, StringComparison.OrdinalIgnoreCase));
            if (building is null)
                return Result.Invalid($"Le bâtiment « {asked} » n'est pas dans la liste des baux de l'agence.", "buildings",
                    "Choisissez les bâtiments parmi ceux de la liste des baux.");
            if (!pages.Contains(building))
                pages.Add(building);
        }
        if (pages.Count == 0)
            pages.Add(null);

        var facts = await content.ReadAsync(item, ct);
        var address = await shortLinks.AddressAsync(item, ct)
                      ?? throw new InvalidOperationException("A published item always has a short address.");
        var site = await settings.GetAsync(ct);
        using var document = composer.Create(facts.Title, site.SiteName);
        foreach (var building in pages)
            Write(document.AddPage(), facts, building, site, address);
        return new PosterFile($"affiche-{item.Slug ?? item.ContentItemId}.pdf", document.ToArray());
    }

    private static void Write(PrintPage page, PosterFacts facts, string? building, SiteSettings site, string address)
    {
        page.AgencyBand(site.SiteName, site.PrimaryColor);
        if (building is not null)
            page.Label(building);
        page.Paragraph(facts.Kind, 18, bold: true);
        page.Title(facts.Title);
        if (!string.IsNullOrWhiteSpace(facts.Essentials))
            page.Paragraph(facts.Essentials, 20);
        foreach (var field in facts.Fields)
            page.Field(field.Label, field.Value);
        foreach (var section in facts.Sections.Where(s => s.Points.Count > 0))
        {
            page.Heading(section.Heading);
            page.Bullets(section.Points);
        }
        page.Field("Contact", facts.Contact ?? $"{site.SiteName}, à l'accueil");
        page.QrCode(address, "Pour tout lire, donner votre avis ou poser une question, scannez ce code ou tapez l'adresse :");
    }
}
