using System.Globalization;
using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;
using Ngp.Contents.Indexing;
using Ngp.Contents.Fields;
using Ngp.Contents.Parts;
using Ngp.Core.Web;

namespace Ngp.Participation.Parts;

/// <summary>Reading helpers of the participation parts' JSON.</summary>
internal static class Json
{
    public static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s.Trim() : null;

    public static string Text(JsonObject? o, string name) => Text(o?[name]) ?? "";

    public static IEnumerable<JsonObject> Objects(JsonNode? node) => node is JsonArray a ? a.OfType<JsonObject>() : [];

    /// <summary>A number as <see cref="ContentNumbers"/> reads it (so never 1e308, infinity or NaN); null when empty or not a number.</summary>
    public static double? Number(JsonNode? node) => ContentNumbers.TryRead(node, out var n) && n is { } d ? (double)d : null;

    public static DateTimeOffset? Instant(JsonNode? node) =>
        Text(node) is { Length: > 0 } s && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d.ToUniversalTime() : null;

    public static string? Iso(DateTimeOffset? d) => d?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static JsonArray Array(IEnumerable<JsonNode?> items) => new(items.ToArray());
}

/// <summary>A capability without data of its own (comments, votes, follows, reports live in relational tables).</summary>
public abstract class MarkerPart : IContentPart
{
    public abstract string Name { get; }

    public abstract string DisplayName { get; }

    public bool HasData => false;

    public JsonObject Normalize(JsonObject? input, ContentPartDefinition definition, ICollection<string> errors) => [];
}

public sealed class CommentablePart : MarkerPart
{
    public override string Name => "Commentable";

    public override string DisplayName => "Commentaires";
}

public sealed class VotablePart : MarkerPart
{
    public override string Name => "Votable";

    public override string DisplayName => "Votes";
}

public sealed class FollowablePart : MarkerPart
{
    public override string Name => "Followable";

    public override string DisplayName => "Suivi";
}

public sealed class ReportablePart : MarkerPart
{
    public override string Name => "Reportable";

    public override string DisplayName => "Signalement des commentaires";
}

/// <summary>The three phases of a project (before, during, after the works), each with dates, a description and dated updates.</summary>
public sealed class PhasesPart : IContentPart
{
    public static readonly IReadOnlyList<string> Keys = ["before", "during", "after"];

    public string Name => "Phases";

    public string DisplayName => "Phases du projet (avant, pendant, après travaux)";

    public JsonObject Normalize(JsonObject? input, ContentPartDefinition definition, ICollection<string> errors)
    {
        var current = Json.Text(input, "current");
        if (current.Length > 0 && !Keys.Contains(current))
            errors.Add("La phase en cours est « before », « during » ou « after ».");
        var phases = new JsonArray();
        foreach (var key in Keys)
        {
            var phase = Json.Objects(input?["phases"]).FirstOrDefault(p => Json.Text(p, "key") == key);
            var updates = Json.Objects(phase?["updates"])
                .Select(u => (Date: Json.Text(u, "date"), Text: Json.Text(u, "text")))
                .Where(u => u.Text.Length > 0)
                .ToList();
            foreach (var (bound, label) in new[] { ("start", "Début"), ("end", "Fin") })
            {
                if (Json.Text(phase, bound).Length > 0)
                    ContentDates.ReadDay(Json.Text(phase, bound), $"{label} ({Label(key).ToLowerInvariant()})", errors);
            }
            foreach (var update in updates)
                ContentDates.ReadDay(update.Date, $"Date d'un point d'étape ({Label(key).ToLowerInvariant()})", errors);
            phases.Add(new JsonObject
            {
                ["key"] = key,
                ["start"] = Json.Text(phase, "start"),
                ["end"] = Json.Text(phase, "end"),
                ["description"] = Json.Text(phase, "description"),
                ["updates"] = Json.Array(updates.OrderBy(u => u.Date, StringComparer.Ordinal).Select(u => (JsonNode)new JsonObject { ["date"] = u.Date, ["text"] = u.Text })),
            });
        }
        return new JsonObject { ["current"] = current.Length > 0 ? current : null, ["phases"] = phases };
    }

    /// <summary>Each phase's description and dated updates are words people search for (« ravalement », « échafaudage »).</summary>
    public void Index(JsonObject data, ContentIndexContext context)
    {
        foreach (var phase in Read(data).Phases)
        {
            context.AddText(phase.Description);
            foreach (var update in phase.Updates)
                context.AddText(update.Text);
        }
    }

    public static ProjectPhases Read(JsonObject? part) => new(
        Json.Text(part?["current"]),
        Json.Objects(part?["phases"]).Select(p => new Phase(
            Json.Text(p, "key"), Json.Text(p, "start"), Json.Text(p, "end"), Json.Text(p, "description"),
            Json.Objects(p["updates"]).Select(u => new PhaseUpdate(Json.Text(u, "date"), Json.Text(u, "text"))).ToList())).ToList());

    public static string Label(string key) => key switch
    {
        "before" => "Avant les travaux",
        "during" => "Pendant les travaux",
        "after" => "Après les travaux",
        _ => key,
    };
}

public sealed record ProjectPhases(string? Current, IReadOnlyList<Phase> Phases);

public sealed record Phase(string Key, string Start, string End, string Description, IReadOnlyList<PhaseUpdate> Updates);

public sealed record PhaseUpdate(string Date, string Text);

/// <summary>The road map in four points: stakeholders, dialogue, objectives, indicators with measured values.</summary>
public sealed class RoadMapPart : IContentPart
{
    public string Name => "RoadMap";

    public string DisplayName => "Feuille de route (parties prenantes, dialogue, objectifs, indicateurs)";

    public JsonObject Normalize(JsonObject? input, ContentPartDefinition definition, ICollection<string> errors)
    {
        var stakeholders = new JsonArray();
        foreach (var s in Json.Objects(input?["stakeholders"]))
        {
            var name = Json.Text(s, "name");
            var email = Json.Text(s, "email");
            if (name.Length == 0)
                continue;
            if (email.Length > 0 && SafeUrl.Mail(email) is null)
                errors.Add($"L'adresse e-mail de « {name} » n'est pas valide.");
            stakeholders.Add(new JsonObject { ["name"] = name, ["role"] = Json.Text(s, "role"), ["email"] = email.Length > 0 ? email : null });
        }
        var objectives = input?["objectives"] is JsonArray o ? o.Select(Json.Text).Where(t => !string.IsNullOrEmpty(t)).Select(t => (JsonNode?)t).ToArray() : [];
        var indicators = new JsonArray();
        foreach (var i in Json.Objects(input?["indicators"]))
        {
            var name = Json.Text(i, "name");
            if (name.Length == 0)
                continue;
            var values = new List<(string Date, double Value)>();
            foreach (var v in Json.Objects(i["values"]))
            {
                var date = Json.Text(v, "date");
                var day = ContentDates.ReadDay(date, $"Date d'une mesure ({name})", errors);
                if (Json.Number(v["value"]) is not { } value)
                    errors.Add($"Chaque mesure de l'indicateur « {name} » a une valeur numérique.");
                else if (day is not null)
                    values.Add((date, value));
            }
            if (!ContentNumbers.TryRead(i["target"], out _))
                errors.Add($"La cible de l'indicateur « {name} » doit être un nombre.");
            var better = Json.Text(i, "better");
            if (better.Length > 0 && better is not (Indicator.Higher or Indicator.Lower))
                errors.Add($"Le sens de l'indicateur « {name} » est « higher » (plus haut, c'est mieux) ou « lower » (plus bas, c'est mieux).");
            var indicator = new JsonObject
            {
                ["name"] = name,
                ["unit"] = Json.Text(i, "unit"),
                ["target"] = Json.Number(i["target"]),
                ["values"] = Json.Array(values.OrderBy(v => v.Date, StringComparer.Ordinal).Select(v => (JsonNode)new JsonObject { ["date"] = v.Date, ["value"] = v.Value })),
            };
            // Written only when lower is better, so indicators stored before keep their exact shape.
            if (better == Indicator.Lower)
                indicator["better"] = Indicator.Lower;
            indicators.Add(indicator);
        }
        return new JsonObject
        {
            ["stakeholders"] = stakeholders,
            ["dialogue"] = Json.Text(input, "dialogue"),
            ["objectives"] = new JsonArray(objectives),
            ["indicators"] = indicators,
        };
    }

    /// <summary>Stakeholders are named on public pages; their e-mail addresses are not.</summary>
    public JsonObject WithoutPersonalData(JsonObject data)
    {
        foreach (var stakeholder in Json.Objects(data["stakeholders"]))
            stakeholder.Remove("email");
        return data;
    }

    /// <summary>Stakeholders by name and role, the dialogue, objectives and indicators; never an e-mail address (public data only).</summary>
    public void Index(JsonObject data, ContentIndexContext context)
    {
        var roadMap = Read(data);
        foreach (var stakeholder in roadMap.Stakeholders)
            context.AddText(stakeholder.Role.Length > 0 ? $"{stakeholder.Name} ({stakeholder.Role})" : stakeholder.Name);
        context.AddText(roadMap.Dialogue);
        foreach (var objective in roadMap.Objectives)
            context.AddText(objective);
        foreach (var indicator in roadMap.Indicators)
            context.AddText(indicator.Name);
    }

    public static RoadMap Read(JsonObject? part) => new(
        Json.Objects(part?["stakeholders"]).Select(s => new Stakeholder(Json.Text(s, "name"), Json.Text(s, "role"), Json.Text(s["email"]))).ToList(),
        Json.Text(part, "dialogue"),
        part?["objectives"] is JsonArray o ? o.Select(Json.Text).OfType<string>().ToList() : [],
        Json.Objects(part?["indicators"]).Select(i => new Indicator(Json.Text(i, "name"), Json.Text(i, "unit"), Json.Number(i["target"]),
            Json.Objects(i["values"]).Select(v => new Measure(Json.Text(v, "date"), Json.Number(v["value"]) ?? 0)).ToList(),
            Json.Text(i, "better") == Indicator.Lower)).ToList());
}

public sealed record RoadMap(IReadOnlyList<Stakeholder> Stakeholders, string Dialogue, IReadOnlyList<string> Objectives, IReadOnlyList<Indicator> Indicators);

public sealed record Stakeholder(string Name, string Role, string? Email);

public sealed record Indicator(string Name, string Unit, double? Target, IReadOnlyList<Measure> Values, bool LowerIsBetter = false)
{
    public const string Higher = "higher";

    public const string Lower = "lower";

    public double? Latest => Values.Count > 0 ? Values[^1].Value : null;

    /// <summary>
    /// How far a measure has come towards the target, in percent: the share of the target when higher is better; when
    /// lower is better, the share of the way from the first measure down to the target. Null when it cannot be said.
    /// </summary>
    public double? Progress(double value)
    {
        if (Target is not { } target)
            return null;
        if (!LowerIsBetter)
            return target > 0 ? Math.Max(0, 100 * value / target) : null;
        var start = Values.Count > 0 ? Values[0].Value : value;
        if (value <= target)
            return 100;
        return start > target ? Math.Max(0, 100 * (start - value) / (start - target)) : 0;
    }
}

public sealed record Measure(string Date, double Value);

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
        var kind = Json.Text(input, "kind") is { Length: > 0 } k ? k : ConsultationKinds.Vote;
        if (kind is not (ConsultationKinds.Vote or ConsultationKinds.Dwelling))
            errors.Add("Le genre de concertation est « vote » ou « dwelling » (choix de logement, un par bail).");
        var opens = Json.Instant(input?["opensUtc"]);
        var closes = Json.Instant(input?["closesUtc"]);
        if (Json.Text(input, "opensUtc").Length > 0 && opens is null)
            errors.Add("La date d'ouverture n'est pas une date et une heure.");
        if (Json.Text(input, "closesUtc").Length > 0 && closes is null)
            errors.Add("La date de clôture n'est pas une date et une heure.");
        if (opens is { } opening && !ContentDates.Contains(opening))
            errors.Add(ContentDates.OutOfRange("Ouverture de la concertation"));
        if (closes is { } closing && !ContentDates.Contains(closing))
            errors.Add(ContentDates.OutOfRange("Clôture de la concertation"));
        if (opens is not null && closes is not null && closes <= opens)
            errors.Add("La clôture doit venir après l'ouverture.");
        var results = Json.Text(input, "results") is { Length: > 0 } r ? r : ResultsVisibility.AfterClosing;
        if (results is not (ResultsVisibility.Live or ResultsVisibility.AfterClosing))
            errors.Add("Les résultats sont « live » (en direct) ou « afterClosing » (après la clôture).");
        var eligibility = Json.Text(input, "eligibility") is { Length: > 0 } e ? e : Eligibilities.Agency;
        if (eligibility is not (Eligibilities.Agency or Eligibilities.Buildings))
            errors.Add("Votent les locataires de l'agence (« agency ») ou de bâtiments choisis (« buildings »).");
        var buildings = input?["buildings"] is JsonArray b ? b.Select(Json.Text).Where(s => !string.IsNullOrEmpty(s)).Distinct().ToList() : [];
        if (eligibility == Eligibilities.Buildings && buildings.Count == 0)
            errors.Add("Indiquez au moins un bâtiment dont les locataires votent.");

        var questions = new JsonArray();
        var questionIds = new HashSet<string>(StringComparer.Ordinal);
        var n = 0;
        foreach (var q in Json.Objects(input?["questions"]))
        {
            n++;
            var text = Json.Text(q, "text");
            var qkind = Json.Text(q, "kind") is { Length: > 0 } qk ? qk : QuestionKinds.Single;
            var id = Slug(Json.Text(q, "id")) is { Length: > 0 } given ? given : "q" + n;
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
                foreach (var o in Json.Objects(q["options"]))
                {
                    m++;
                    var otext = Json.Text(o, "text");
                    if (otext.Length == 0)
                        continue;
                    var oid = Slug(Json.Text(o, "id")) is { Length: > 0 } og ? og : "o" + m;
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
            ["opensUtc"] = Json.Iso(opens),
            ["closesUtc"] = Json.Iso(closes),
            ["results"] = results,
            ["eligibility"] = eligibility,
            ["buildings"] = Json.Array(buildings.Select(s => (JsonNode?)s)),
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
        Json.Text(part, "kind") is { Length: > 0 } k ? k : ConsultationKinds.Vote,
        Json.Instant(part?["opensUtc"]),
        Json.Instant(part?["closesUtc"]),
        Json.Text(part, "results") == ResultsVisibility.Live,
        Json.Text(part, "eligibility") == Eligibilities.Buildings,
        part?["buildings"] is JsonArray b ? b.Select(Json.Text).OfType<string>().ToList() : [],
        Json.Objects(part?["questions"]).Select(q => new Question(
            Json.Text(q, "id"), Json.Text(q, "text"), Json.Text(q, "kind"),
            Json.Number(q["max"]) is { } max ? (int)max : null,
            Json.Objects(q["options"]).Select(o => new QuestionOption(Json.Text(o, "id"), Json.Text(o, "text"))).ToList())).ToList());

    private static string Slug(string s) => new(s.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_').Take(40).ToArray());
}

public static class ConsultationKinds
{
    public const string Vote = "vote";
    public const string Dwelling = "dwelling";
}

public static class ResultsVisibility
{
    public const string Live = "live";
    public const string AfterClosing = "afterClosing";
}

public static class Eligibilities
{
    public const string Agency = "agency";
    public const string Buildings = "buildings";
}

public static class QuestionKinds
{
    public const string Single = "single";
    public const string Multiple = "multiple";
    public const string YesNo = "yesno";
    public const string Ranking = "ranking";

    public static readonly IReadOnlyList<string> All = [Single, Multiple, YesNo, Ranking];
}

public sealed record Consultation(
    string ContentItemId, string Kind, DateTimeOffset? OpensUtc, DateTimeOffset? ClosesUtc, bool LiveResults,
    bool OnlyBuildings, IReadOnlyList<string> Buildings, IReadOnlyList<Question> Questions)
{
    /// <summary>A dwelling choice is voted per lease: the household decides, not each of its accounts.</summary>
    public bool PerLease => Kind == ConsultationKinds.Dwelling;

    public bool IsOpenAt(DateTimeOffset now) => (OpensUtc is null || OpensUtc <= now) && (ClosesUtc is null || now < ClosesUtc);

    public bool IsClosedAt(DateTimeOffset now) => ClosesUtc is not null && ClosesUtc <= now;

    public bool ResultsVisibleAt(DateTimeOffset now) => LiveResults || IsClosedAt(now);

    public Question? Find(string? questionId) => Questions.FirstOrDefault(q => q.Id == questionId);
}

public sealed record Question(string Id, string Text, string Kind, int? Max, IReadOnlyList<QuestionOption> Options);

public sealed record QuestionOption(string Id, string Text);
