using Ngp.Contents.Items;
using Ngp.Contents.ShortLinks;
using Ngp.Core.Accounts;
using Ngp.Core.Results;
using Ngp.Core.Settings;
using Ngp.Core.Web;
using Ngp.Print.Letters;
using Ngp.Print.Pdf;

namespace Ngp.Meetings.Letters;

/// <summary>
/// A meeting's letters for the leases of chosen buildings, one A4 page per household under the print module's letter
/// head: when and where, the agenda, how to register without internet, and a QR code to the meeting's short address.
/// Unlike a consultation's letter it carries no personal code: registering needs an account or the agency's desk. The
/// endpoint checks the staff permission.
/// </summary>
public sealed class PrintMeetingLetters(
    ContentQuery query, LetterRecipients recipients, ShortLinkStore shortLinks, ISiteSettingsStore settings, PrintComposer composer, TimeProvider clock)
{
    private const double Body = LetterHead.BodySize;
    private const double KeyFacts = LetterHead.BodySize + 2;

    public async Task<Result<byte[]>> HandleAsync(string contentItemId, IReadOnlyList<string?> buildings, CancellationToken ct)
    {
        if (await query.PublishedAsync(contentItemId, ct) is not { } item || MeetingInfo.From(item) is not { } meeting)
            return Result.NotFound("Cette réunion n'existe pas ou n'est pas publiée.");
        if (meeting.EndUtc <= clock.GetUtcNow())
            return Result.Invalid("Cette réunion a déjà eu lieu : ses courriers n'invitent plus personne. Imprimez plutôt l'affiche de sa synthèse.", "buildings", "Réunion passée.");
        var households = await recipients.LeasesAsync(buildings, ct);
        if (!households.IsOk)
            return households.ToFailure();

        var site = await settings.GetAsync(ct);
        var address = await shortLinks.AddressAsync(item, ct) ?? throw new InvalidOperationException("A published item always has a short address.");
        using var document = composer.Create($"Courriers — {meeting.Title}", site.SiteName);
        foreach (var lease in households.Value)
            Write(document.AddPage(), meeting, lease, site, address);
        return document.ToArray();
    }

    private static void Write(PrintPage page, MeetingInfo meeting, LeaseAddress lease, SiteSettings site, string address)
    {
        LetterHead.Write(page, site.SiteName, site.PrimaryColor, lease.Reference, LetterHead.AddressLines(lease), lease.Building);
        page.Paragraph(meeting.Title, 22, bold: true);
        page.Paragraph($"{meeting.Kind} : votre agence vous invite. {meeting.Summary}".Trim(), Body);
        // A size between the body and the poster's: the longest date (« mercredi 29 septembre … ») still holds on one line.
        page.Field("Quand", ParisTime.Span(meeting.StartUtc, meeting.EndUtc, ParisTime.French), KeyFacts);
        page.Field("Où", meeting.Place ?? (meeting.OnlineUrl is null ? "" : "en ligne : le lien est sur la page de la réunion"), KeyFacts);
        page.Paragraph("Comment vous inscrire, même sans internet", 16, bold: true);
        page.Paragraph(string.Join("\n", HowToRegister(meeting).Select(h => "• " + h)), Body);
        // The agenda comes last: on a long one, the page's note sends the reader to the page online rather than cut what to do.
        if (meeting.Agenda.Count > 0)
        {
            page.Paragraph("Ordre du jour", 16, bold: true);
            page.Paragraph(string.Join("\n", meeting.Agenda.Select(a => "• " + a.Topic)), Body);
        }
        page.QrCode(address, "Pour lire la page de la réunion et vous inscrire en ligne, scannez ce code ou tapez l'adresse :");
    }

    private static IEnumerable<string> HowToRegister(MeetingInfo meeting)
    {
        yield return "En ligne : scannez le QR code ci-dessous ou tapez l'adresse écrite dessous, puis « M'inscrire ».";
        yield return "Sans internet : à l'accueil de votre agence ou par téléphone, avec la référence de votre bail écrite en haut de ce courrier.";
        yield return meeting.Capacity is { } capacity
            ? $"Les places sont limitées ({capacity}) : inscrivez-vous tôt."
            : "Vous pouvez aussi venir sans vous inscrire.";
    }
}
