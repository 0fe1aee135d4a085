using System.Text.Json.Nodes;
using Ngp.Contents.Editors;
using Ngp.Projects.Parts;

namespace Ngp.Projects.Editors;

/// <summary>
/// The form of <see cref="PhasesPart"/>: the current phase, then each of the three phases with its dates, description
/// and dated updates that can be added and removed. The part keeps one entry per phase, so phases are never added or
/// removed, only filled in; updates are kept in date order when saved.
/// </summary>
public sealed class PhasesEditor : ContentPartEditor<PhasesForm>
{
    public override string PartName => "Phases";

    public override string PartialName => "PartEditor-Phases";

    public override PhasesForm Load(JsonObject? data)
    {
        var stored = PhasesPart.Read(data);
        var form = new PhasesForm { Current = stored.Current ?? "" };
        foreach (var key in PhasesPart.Keys)
        {
            var phase = stored.Phases.FirstOrDefault(p => p.Key == key);
            var typed = new PhaseForm { Key = key, Start = phase?.Start ?? "", End = phase?.End ?? "", Description = phase?.Description ?? "" };
            typed.Updates.AddRange((phase?.Updates ?? []).Select(u => new PhaseUpdateForm { Date = u.Date, Text = u.Text }));
            form.Phases.Add(typed);
        }
        return form;
    }

    public override PhasesForm Read(PartForm form)
    {
        var typed = new PhasesForm { Current = form.Text("current") };
        var posted = form.Items("phases");
        foreach (var key in PhasesPart.Keys)
        {
            var phase = posted.FirstOrDefault(p => p.Text("key") == key);
            var item = new PhaseForm { Key = key, Start = phase?.Text("start") ?? "", End = phase?.Text("end") ?? "", Description = phase?.Text("description") ?? "" };
            item.Updates.AddRange((phase?.Items("updates") ?? []).Select(u => new PhaseUpdateForm { Date = u.Text("date"), Text = u.Text("text") }));
            typed.Phases.Add(item);
        }
        return typed;
    }

    public override JsonObject ToData(PhasesForm state, PartErrors errors)
    {
        var prefix = "parts." + PartName;
        if (state.Current.Length > 0 && !PhasesPart.Keys.Contains(state.Current))
            errors.Add(prefix + ".current", "Choisissez la phase en cours dans la liste.");
        var phases = new JsonArray();
        for (var i = 0; i < state.Phases.Count; i++)
        {
            var phase = state.Phases[i];
            var name = $"{prefix}.phases[{i}]";
            var label = PhasesPart.Label(phase.Key).ToLowerInvariant();
            var start = FormValues.Day(phase.Start, name + ".start", $"Début ({label})", errors);
            var end = FormValues.Day(phase.End, name + ".end", $"Fin ({label})", errors);
            var updates = new JsonArray();
            for (var j = 0; j < phase.Updates.Count; j++)
            {
                var update = phase.Updates[j];
                var input = $"{name}.updates[{j}]";
                if (update.Date.Trim().Length == 0 && update.Text.Trim().Length == 0)
                    continue;
                var date = FormValues.Day(update.Date, input + ".date", $"Date du point d'étape {j + 1} ({label})", errors);
                if (update.Date.Trim().Length == 0)
                    errors.Add(input + ".date", $"Indiquez la date du point d'étape {j + 1} ({label}).");
                if (update.Text.Trim().Length == 0)
                    errors.Add(input + ".text", $"Écrivez le point d'étape {j + 1} ({label}) ou retirez-le.");
                updates.Add(new JsonObject { ["date"] = date ?? "", ["text"] = update.Text.Trim() });
            }
            phases.Add(new JsonObject
            {
                ["key"] = phase.Key,
                ["start"] = start ?? "",
                ["end"] = end ?? "",
                ["description"] = phase.Description.Trim(),
                ["updates"] = updates,
            });
        }
        return new JsonObject { ["current"] = state.Current.Length > 0 ? state.Current : null, ["phases"] = phases };
    }
}
