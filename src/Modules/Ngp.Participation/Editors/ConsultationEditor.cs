using System.Globalization;
using System.Text.Json.Nodes;
using Ngp.Contents.Admin;
using Ngp.Contents.Editors;
using Ngp.Participation.Parts;

namespace Ngp.Participation.Editors;

/// <summary>
/// The form of <see cref="ConsultationPart"/>: kind, voting window (Paris time), who votes, when results show, and the
/// questions with their options, each a list to add to, reorder and remove from. Ids of existing questions and options
/// travel in hidden inputs and new ones get ids not yet used, so the votes already cast keep their meaning.
/// </summary>
public sealed class ConsultationEditor : ContentPartEditor<ConsultationForm>
{
    public override string PartName => "Consultation";

    public override string PartialName => "PartEditor-Consultation";

    public override ConsultationForm Load(JsonObject? data)
    {
        var form = new ConsultationForm { Kind = ConsultationKinds.Vote, Results = ResultsVisibility.AfterClosing, Eligibility = Eligibilities.Agency };
        if (data is null || data.Count == 0)
        {
            // A new consultation starts with one question and two options to fill, as most have.
            var question = new QuestionForm { Kind = QuestionKinds.Single };
            question.Options.AddRange([new OptionForm(), new OptionForm()]);
            form.Questions.Add(question);
            return form;
        }
        var stored = ConsultationPart.Read("", data);
        form.Kind = stored.Kind;
        form.Opens = stored.OpensUtc is { } opens ? ContentLabels.LocalInput(opens) : "";
        form.Closes = stored.ClosesUtc is { } closes ? ContentLabels.LocalInput(closes) : "";
        form.Results = stored.LiveResults ? ResultsVisibility.Live : ResultsVisibility.AfterClosing;
        form.Eligibility = stored.OnlyBuildings ? Eligibilities.Buildings : Eligibilities.Agency;
        form.Buildings = string.Join(", ", stored.Buildings);
        foreach (var q in stored.Questions)
        {
            var question = new QuestionForm { Id = q.Id, Text = q.Text, Kind = q.Kind, Max = q.Max?.ToString(CultureInfo.InvariantCulture) ?? "" };
            // Yes/no options are the part's own; the form shows none to type.
            if (q.Kind != QuestionKinds.YesNo)
                question.Options.AddRange(q.Options.Select(o => new OptionForm { Id = o.Id, Text = o.Text }));
            form.Questions.Add(question);
        }
        return form;
    }

    public override ConsultationForm Read(PartForm form)
    {
        var typed = new ConsultationForm
        {
            Kind = form.Text("kind"),
            Opens = form.Text("opens"),
            Closes = form.Text("closes"),
            Results = form.Text("results"),
            Eligibility = form.Text("eligibility"),
            Buildings = form.Text("buildings"),
        };
        foreach (var q in form.Items("questions"))
        {
            var question = new QuestionForm { Id = q.Text("id"), Text = q.Text("text"), Kind = q.Text("kind"), Max = q.Text("max") };
            question.Options.AddRange(q.Items("options").Select(o => new OptionForm { Id = o.Text("id"), Text = o.Text("text") }));
            // A question just added comes with the two options every question needs.
            if (q.IsNew && question.Options.Count == 0)
                question.Options.AddRange([new OptionForm(), new OptionForm()]);
            typed.Questions.Add(question);
        }
        return typed;
    }

    public override JsonObject ToData(ConsultationForm state, PartErrors errors)
    {
        var prefix = "parts." + PartName;
        var opens = FormValues.ParisInstant(state.Opens, prefix + ".opens", "Ouverture du vote", errors);
        var closes = FormValues.ParisInstant(state.Closes, prefix + ".closes", "Clôture du vote", errors);
        if (opens is not null && closes is not null && closes <= opens)
            errors.Add(prefix + ".closes", "La clôture doit venir après l'ouverture.");
        var buildings = state.Buildings.Split([',', ';', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (state.Eligibility == Eligibilities.Buildings && buildings.Length == 0)
            errors.Add(prefix + ".buildings", "Indiquez au moins un bâtiment dont les locataires votent.");

        var questions = new JsonArray();
        var questionIds = new HashSet<string>(state.Questions.Select(q => q.Id.Trim()).Where(id => id.Length > 0), StringComparer.Ordinal);
        for (var i = 0; i < state.Questions.Count; i++)
        {
            var question = state.Questions[i];
            var name = $"{prefix}.questions[{i}]";
            var text = question.Text.Trim();
            var kind = question.Kind.Length > 0 ? question.Kind : QuestionKinds.Single;
            var typedOptions = question.Options.Select((o, j) => (Option: o, Index: j)).Where(o => o.Option.Text.Trim().Length > 0).ToList();
            if (text.Length == 0 && typedOptions.Count == 0)
                continue;
            if (text.Length == 0)
                errors.Add(name + ".text", $"Écrivez l'intitulé de la question {i + 1}, ou retirez-la.");
            var optionIds = new HashSet<string>(question.Options.Select(o => o.Id.Trim()).Where(id => id.Length > 0), StringComparer.Ordinal);
            var options = new JsonArray();
            if (kind != QuestionKinds.YesNo)
            {
                foreach (var (option, _) in typedOptions)
                    options.Add(new JsonObject { ["id"] = option.Id.Trim().Length > 0 ? option.Id.Trim() : NewId("o", optionIds), ["text"] = option.Text.Trim() });
                if (options.Count < 2)
                    errors.Add(name + ".options", $"La question {i + 1} propose au moins deux choix.");
            }
            JsonNode? max = null;
            if (kind == QuestionKinds.Multiple)
            {
                // Left empty, every option may be chosen.
                var limit = FormValues.Number(question.Max, name + ".max", $"Nombre maximal de choix de la question {i + 1}", errors);
                if (limit is { } n && (n < 1 || n > Math.Max(1, options.Count) || n % 1 != 0))
                    errors.Add(name + ".max", $"Le nombre maximal de choix de la question {i + 1} est un nombre entier entre 1 et {Math.Max(1, options.Count)}.");
                // A decimal, as the part reads numbers (ContentNumbers): a JsonValue made from an int is not read as one.
                max = limit ?? options.Count;
            }
            var id = question.Id.Trim().Length > 0 ? question.Id.Trim() : NewId("q", questionIds);
            questions.Add(new JsonObject { ["id"] = id, ["text"] = text, ["kind"] = kind, ["max"] = max, ["options"] = options });
        }
        return new JsonObject
        {
            ["kind"] = state.Kind,
            ["opensUtc"] = opens?.ToString("O", CultureInfo.InvariantCulture),
            ["closesUtc"] = closes?.ToString("O", CultureInfo.InvariantCulture),
            ["results"] = state.Results,
            ["eligibility"] = state.Eligibility,
            ["buildings"] = new JsonArray(buildings.Select(b => (JsonNode?)b).ToArray()),
            ["questions"] = questions,
        };
    }

    /// <summary>The first id of the form <c>q3</c> that no question (or option) of the list has yet.</summary>
    private static string NewId(string letter, HashSet<string> taken)
    {
        var n = 1;
        while (taken.Contains(letter + n.ToString(CultureInfo.InvariantCulture)))
            n++;
        var id = letter + n.ToString(CultureInfo.InvariantCulture);
        taken.Add(id);
        return id;
    }
}
