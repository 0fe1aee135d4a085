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
            ? $"Votre agence vous demande de choisir pour votre logement : « {title} ». Le choix est fait une fois par logement, pour tout le foyer ; les travaux suivront les choix de chaque logement."
            : $"Votre agence consulte les locataires : « {title} ». Chaque foyer peut donner son avis ; la décision tiendra compte des réponses reçues.";
        var questions = consultation.Questions.Select(q => $"{q.Text} Réponses possibles : {string.Join(" ; ", q.Options.Select(o => o.Text))}.").ToList();
        string? deadline = consultation.ClosesUtc is { } closes ? $"Répondez avant le {ParisTime.DateAndTime(closes, ParisTime.French)}." : null;
        var how = new List<string>
        {
            "Avec un téléphone ou un ordinateur : scannez le QR code en bas de cette page, ou tapez l'adresse écrite à côté. Vous répondez sans créer de compte.",
            $"À l'accueil de votre agence ({agencyName}), aux heures d'ouverture : apportez ce courrier, un agent enregistre votre réponse.",
            "Par téléphone, en appelant votre agence : donnez la référence de votre bail, imprimée en haut de ce courrier.",
            "Par courrier : écrivez votre réponse au dos de cette page et déposez-la à l'accueil de l'agence.",
        };
        var note = $"Votre code personnel : {LetterCodes.Printed(code)}. Il sert une seule fois, pour votre logement seulement, jusqu'au {ParisTime.Date(codeExpires, ParisTime.French)}.";
        return new Letter(agencyName, colour, lease.Reference, address, lease.Building, title, decided, questions, deadline, how, url, LetterCodes.Printed(code), note);
    }
}
