using Ngp.Core.Accounts;
using Ngp.Print.Pdf;

namespace Ngp.Print.Letters;

/// <summary>
/// The top of every letter to a household, whatever it is about: the agency's band, the lease reference (what the
/// household gives at the desk or on the phone), the postal address from the lease list, and the building.
/// </summary>
public static class LetterHead
{
    /// <summary>Body text of a letter: read in the hand rather than from a step away as a poster is.</summary>
    public const double BodySize = 14;

    /// <summary>The postal address, as small as a window envelope shows it: the letter's own text keeps the room.</summary>
    public const double AddressSize = 12;

    /// <summary>What replaces a letter's text that does not fit above its QR code.</summary>
    public const string OverflowNote = "La suite est sur la page en ligne : scannez le code ci-dessous, ou demandez-la à l'accueil de l'agence.";

    /// <summary>The address as a postman reads it: dwelling, building, street, postcode and city, each known line once.</summary>
    public static IReadOnlyList<string> AddressLines(LeaseAddress lease)
    {
        var address = new List<string>();
        if (!string.IsNullOrWhiteSpace(lease.Dwelling))
            address.Add(lease.Dwelling);
        address.Add(lease.Building);
        if (!string.IsNullOrWhiteSpace(lease.Street))
            address.Add(lease.Street);
        address.Add(string.IsNullOrWhiteSpace(lease.City) ? lease.Postcode : $"{lease.Postcode} {lease.City}");
        return address;
    }

    public static void Write(PrintPage page, string agencyName, string? colour, string leaseReference, IReadOnlyList<string> addressLines, string building)
    {
        page.OverflowNote = OverflowNote;
        page.AgencyBand(agencyName, colour);
        page.Field("Référence du bail", leaseReference);
        page.Paragraph(string.Join("\n", addressLines), AddressSize);
        page.Label(building);
    }
}
