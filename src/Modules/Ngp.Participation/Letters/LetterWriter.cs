using Ngp.Core.Accounts;
using Ngp.Core.Web;
using Ngp.Participation.Parts;
using Ngp.Print.Letters;

namespace Ngp.Participation.Letters;

/// <summary>Writes a consultation's letter for one household: what is decided, the questions, how to answer without internet.</summary>
public static class LetterWriter
{
    public static Letter Write(string agencyName, string colour, string title, Consultation consultation, LeaseAddress lease, string url, string code, DateTimeOffset codeExpires)
    {
        var address = LetterHead.AddressLines(lease);

        var decided = consultation.PerLease
            ? $"Votre agence vous demande de choisir pour votre logement : « {title} ». Un seul choix par logement, pour tout le foyer."
            : $"Votre agence consulte les locataires : « {title} ». Chaque foyer donne son avis ; la décision en tiendra compte.";
        var questions = consultation.Questions.Select(q => $"{q.Text} Réponses possibles : {string.Join(" ; ", q.Options.Select(o => o.Text))}.").ToList();
        string? deadline = consultation.ClosesUtc is { } closes ? $"Répondez avant le {ParisTime.DateAndTime(closes, ParisTime.French)}." : null;
        var how = new List<string>
        {
            "En ligne, sans créer de compte : scannez le QR code ci-dessous ou tapez l'adresse écrite dessous.",
            $"À l'accueil de votre agence ({agencyName}) : apportez ce courrier, ou votre réponse écrite au dos ; un agent l'enregistre.",
            "Par téléphone, en appelant votre agence, avec la référence de votre bail écrite en haut de ce courrier.",
        };
        var note = $"Votre code personnel : {LetterCodes.Printed(code)}. Il sert une seule fois, pour votre logement seulement, jusqu'au {ParisTime.Date(codeExpires, ParisTime.French)}.";
        return new Letter(agencyName, colour, lease.Reference, address, lease.Building, title, decided, questions, deadline, how, url, LetterCodes.Printed(code), note);
    }
}
