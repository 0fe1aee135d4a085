using Ngp.Contents.Items;
using Ngp.Core.Web;
using Ngp.Participation.Parts;
using Ngp.Print.Posters;

namespace Ngp.Participation;

/// <summary>A consultation's poster: when residents can answer (Paris time), who may, and the questions asked.</summary>
public sealed class ConsultationPoster : IPosterContent
{
    public string ContentType => "Consultation";

    public Task<PosterFacts> ReadAsync(ContentItemVersion published, CancellationToken ct)
    {
        var facts = new PublishedFacts(published);
        var consultation = ConsultationPart.Read(published.ContentItemId, facts.Part("Consultation"));
        var fields = new List<PosterField>();
        if (Window(consultation) is { } window)
            fields.Add(new PosterField("Pour répondre", window));
        if (consultation.OnlyBuildings && consultation.Buildings.Count > 0)
            fields.Add(new PosterField("Qui répond", "les locataires de " + string.Join(", ", consultation.Buildings)));
        return Task.FromResult(new PosterFacts
        {
            Kind = consultation.PerLease ? "Choix pour votre logement" : "Concertation",
            Title = published.DisplayText,
            Essentials = facts.Summary,
            Fields = fields,
            Sections = consultation.Questions.Count > 0 ? [new PosterSection("Les questions posées", consultation.Questions.Select(q => q.Text).ToList())] : [],
        });
    }

    private static string? Window(Consultation consultation) => (consultation.OpensUtc, consultation.ClosesUtc) switch
    {
        ({ } opens, { } closes) => $"du {ParisTime.DateAndTime(opens, ParisTime.French)} au {ParisTime.DateAndTime(closes, ParisTime.French)}",
        (null, { } closes) => $"jusqu'au {ParisTime.DateAndTime(closes, ParisTime.French)}",
        ({ } opens, null) => $"à partir du {ParisTime.DateAndTime(opens, ParisTime.French)}",
        _ => null,
    };
}
