using Microsoft.Extensions.Options;
using Ngp.Core.Results;
using Ngp.Core.Settings;
using Ngp.Core.Web;
using Ngp.Print.Letters;

namespace Ngp.Participation.Letters;

/// <summary>
/// A consultation's letters for the leases of chosen buildings, one page each, every one with a new single-use code
/// for its household. The endpoint checks the staff permission.
/// </summary>
public sealed class PrintLetters(
    ParticipationItems items, LetterRecipients recipients, LetterCodes codes, ISiteSettingsStore settings, SiteLinks links, LettersPdf pdf,
    TimeProvider clock, IOptions<ParticipationOptions> options)
{
    public async Task<Result<byte[]>> HandleAsync(string contentItemId, IReadOnlyList<string?> buildings, CancellationToken ct)
    {
        var item = await items.PublishedAsync(contentItemId, ct);
        if (item?.Consultation is not { } consultation)
            return Result.NotFound("Cette concertation n'existe pas ou n'est pas publiée.");
        var households = await recipients.LeasesAsync(buildings, ct);
        if (!households.IsOk)
            return households.ToFailure();
        var leases = households.Value;

        var site = await settings.GetAsync(ct);
        var issued = await codes.IssueAsync(item.Id, leases, ct);
        var expires = clock.GetUtcNow().AddDays(options.Value.LetterCodeDays);
        var letters = leases.Select(lease => LetterWriter.Write(site.SiteName, site.PrimaryColor, item.Title, consultation, lease,
            links.Absolute(LetterCodes.PagePath(issued[lease.Reference])), issued[lease.Reference], expires)).ToList();
        return pdf.Render($"Courriers — {item.Title}", letters);
    }
}
