using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;
using Ngp.Contents.Indexing;
using Ngp.Contents.Fields;
using Ngp.Contents.Parts;

namespace Ngp.Participation.Parts;

/// <summary>
/// A consultation: its questions and options (with stable ids the votes refer to), its voting window, who may vote,
/// and whether results show live or only after closing. A dwelling choice is a consultation voted per lease.
/// </summary>
public sealed class ConsultationPart : IContentPart
{
    public const int MaxQuestions = 20;
    public const int MaxOptions = 30;

    public string Name => "Consultation";

    public string DisplayName => "Concertation (questions, dates, qui vote)";

    public JsonObject Normalize(JsonObject? input, ContentPartDefinition definition, ICollection<string> errors)
    {
        var kind = PartJson.Text(input, "kind") is { Length: > 0 } k ? k : ConsultationKinds.Vote;
        if (kind is not (ConsultationKinds.Vote or ConsultationKinds.Dwelling))
            errors.Add("Le genre de concertation est « vote » ou « dwelling » (choix de logement, un par bail).");
        var opens = PartJson.Instant(input?["opensUtc"]);
        var closes = PartJson.Instant(input?["closesUtc"]);
        if (PartJson.Text(input, "opensUtc").Length > 0 && opens is null)
            errors.Add("La date d'ouverture n'est pas une date et une heure.");
        if (PartJson.Text(input, "closesUtc").Length > 0 && closes is null)
            errors.Add("La date de clôture n'est pas une date et une heure.");
        if (opens is { } opening && !ContentDates.Contains(opening))
            errors.Add(ContentDates.OutOfRange("Ouverture de la concertation"));
        if (closes is { } closing && !ContentDates.Contains(closing))
            errors.Add(ContentDates.OutOfRange("Clôture de la concertation"));
        if (opens is not null && closes is not null && closes <= opens)
            errors.Add("La clôture doit venir après l'ouverture.");
        var results = PartJson.Text(input, "results") is { Length: > 0 } r ? r : ResultsVisibility.AfterClosing;
        if (results is not (ResultsVisibility.Live or ResultsVisibility.AfterClosing))
            errors.Add("Les résultats sont « live » (en direct) ou « afterClosing » (après la clôture).");
        var eligibility = PartJson.Text(input, "eligibility") is { Length: > 0 } e ? e : Eligibilities.Agency;
        if (eligibility is not (Eligibilities.Agency or Eligibilities.Buildings))
            errors.Add("Votent les locataires de l'agence (« agency ») ou de bâtiments choisis (« buildings »).");
        var buildings = input?["buildings"] is JsonArray b ? b.Select(PartJson.Text).Where(s => !string.IsNullOrEmpty(s)).Distinct().ToList() : [];
        if (eligibility == Eligibilities.Buildings && buildings.Count == 0)
            errors.Add("Indiquez au moins un bâtiment dont les locataires votent.");

        var questions = new JsonArray();
        var questionIds = new HashSet<string>(StringComparer.Ordinal);
        var n = 0;
        foreach (var q in PartJson.Objects(input?["questions"]))
        {
            n++;
            var text = PartJson.Text(q, "text");
            var qkind = PartJson.Text(q, "kind") is { Length: > 0 } qk ? qk : QuestionKinds.Single;
            var id = Slug(PartJson.Text(q, "id")) is { Length: > 0 } given ? given : "q" + n;
            if (!questionIds.Add(id))
                errors.Add($"Deux questions ont le même identifiant « {id} ».");
            if (text.Length == 0)
                errors.Add($"La question {n} n'a pas d'intitulé.");
            if (!QuestionKinds.All.Contains(qkind))
                errors.Add($"La question {n} est de type single, multiple, yesno ou ranking.");
            var options = new JsonArray();
            if (qkind == QuestionKinds.YesNo)
            {
                options.Add(new JsonObject { ["id"] = "oui", ["text"] = "Oui" });
                options.Add(new JsonObject { ["id"] = "non", ["text"] = "Non" });
                options.Add(new JsonObject { ["id"] = "abstention", ["text"] = "Abstention" });
            }
            else
            {
                var optionIds = new HashSet<string>(StringComparer.Ordinal);
                var m = 0;
                foreach (var o in PartJson.Objects(q["options"]))
                {
                    m++;
                    var otext = PartJson.Text(o, "text");
                    if (otext.Length == 0)
                        continue;
                    var oid = Slug(PartJson.Text(o, "id")) is { Length: > 0 } og ? og : "o" + m;
                    if (!optionIds.Add(oid))
                        errors.Add($"Deux choix de la question {n} ont le même identifiant « {oid} ».");
                    options.Add(new JsonObject { ["id"] = oid, ["text"] = otext });
                }
                if (options.Count < 2)
                    errors.Add($"La question {n} propose au moins deux choix.");
                if (options.Count > MaxOptions)
                    errors.Add($"La question {n} propose {MaxOptions} choix au plus.");
            }
            int? max = null;
            if (qkind == QuestionKinds.Multiple)
            {
                max = options.Count;
                if (!ContentNumbers.TryRead(q["max"], out var limit) || limit is < 1 || limit > Math.Max(1, options.Count) || limit % 1 != 0)
                    errors.Add(ContentNumbers.OutOfRange($"Nombre maximal de choix de la question {n}", 1, Math.Max(1, options.Count)));
                else if (limit is { } chosen)
                    max = (int)chosen;
            }
            questions.Add(new JsonObject { ["id"] = id, ["text"] = text, ["kind"] = qkind, ["max"] = max, ["options"] = options });
        }
        if (questions.Count > MaxQuestions)
            errors.Add($"{MaxQuestions} questions au plus.");
        if (definition.Required && questions.Count == 0)
            errors.Add("La concertation pose au moins une question.");
        return new JsonObject
        {
            ["kind"] = kind,
            ["opensUtc"] = PartJson.Iso(opens),
            ["closesUtc"] = PartJson.Iso(closes),
            ["results"] = results,
            ["eligibility"] = eligibility,
            ["buildings"] = PartJson.Array(buildings.Select(s => (JsonNode?)s)),
            ["questions"] = questions,
        };
    }

    /// <summary>The questions and their options are what a resident looks for (« local vélos », « choix des couleurs »).</summary>
    public void Index(JsonObject data, ContentIndexContext context)
    {
        foreach (var question in Read(context.View.Version.ContentItemId, data).Questions)
        {
            context.AddText(question.Text);
            context.AddText(string.Join(", ", question.Options.Select(o => o.Text)));
        }
    }

    public static Consultation Read(string contentItemId, JsonObject? part) => new(
        contentItemId,
        PartJson.Text(part, "kind") is { Length: > 0 } k ? k : ConsultationKinds.Vote,
        PartJson.Instant(part?["opensUtc"]),
        PartJson.Instant(part?["closesUtc"]),
        PartJson.Text(part, "results") == ResultsVisibility.Live,
        PartJson.Text(part, "eligibility") == Eligibilities.Buildings,
        part?["buildings"] is JsonArray b ? b.Select(PartJson.Text).OfType<string>().ToList() : [],
        PartJson.Objects(part?["questions"]).Select(q => new Question(
            PartJson.Text(q, "id"), PartJson.Text(q, "text"), PartJson.Text(q, "kind"),
            PartJson.Number(q["max"]) is { } max ? (int)max : null,
            PartJson.Objects(q["options"]).Select(o => new QuestionOption(PartJson.Text(o, "id"), PartJson.Text(o, "text"))).ToList())).ToList());

    private static string Slug(string s) => new(s.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_').Take(40).ToArray());
}
