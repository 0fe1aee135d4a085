using Microsoft.Extensions.Options;
using Ngp.Core.Accounts;
using Ngp.Core.Results;
using Ngp.Core.Settings;
using Ngp.Core.Web;

namespace Ngp.Participation.Letters;

/// <summary>
/// A consultation's letters for the leases of chosen buildings, one page each, every one with a new single-use code
/// for its household. The endpoint checks the staff permission.
/// </summary>
public sealed class PrintLetters(
    ParticipationItems items, IUserDirectory directory, LetterCodes codes, ISiteSettingsStore settings, SiteLinks links, LettersPdf pdf,
    TimeProvider clock, IOptions<ParticipationOptions> options)
{
    /// <summary>Most letters in one PDF: a whole agency's buildings (about 3,000 homes) in one download, not more.</summary>
    public const int MaxLetters = 5_000;

    public async Task<Result<byte[]>> HandleAsync(string contentItemId, IReadOnlyList<string?> buildings, CancellationToken ct)
    {
        var item = await items.PublishedAsync(contentItemId, ct);
        if (item?.Consultation is not { } consultation)
            return Result.NotFound("Cette concertation n'existe pas ou n'est pas publiée.");
        var (chosen, unknown) = BuildingChoice.Resolve(buildings, await directory.BuildingsAsync(ct));
        if (unknown.Count > 0)
            return Result.Invalid($"Immeuble inconnu dans la liste des baux : {string.Join(", ", unknown)}.", "buildings", "Immeuble inconnu.");
        if (chosen.Count == 0)
            return Result.Invalid("Choisissez au moins un immeuble, par son nom dans la liste des baux (buildings=A,B).", "buildings", "Au moins un immeuble.");
        var leases = await directory.LeasesInBuildingsAsync(chosen, ct);
        if (leases.Count == 0)
            return Result.Invalid($"Aucun bail connu dans : {string.Join(", ", chosen)}.", "buildings", "Aucun bail dans ces immeubles.");
        if (leases.Count > MaxLetters)
            return Result.Invalid($"Ces immeubles comptent {leases.Count} baux : imprimez-les en plusieurs fois ({MaxLetters} courriers au plus).", "buildings", "Trop de courriers.");

        var site = await settings.GetAsync(ct);
        var issued = await codes.IssueAsync(item.Id, leases, ct);
        var expires = clock.GetUtcNow().AddDays(options.Value.LetterCodeDays);
        var letters = leases.Select(lease => LetterWriter.Write(site.SiteName, site.PrimaryColor, item.Title, consultation, lease,
            links.Absolute(LetterCodes.PagePath(issued[lease.Reference])), issued[lease.Reference], expires)).ToList();
        return pdf.Render($"Courriers — {item.Title}", letters);
    }
}
