using System.Text.Json.Nodes;
using Ngp.Contents.Editors;
using Ngp.Core.Web;
using Ngp.Projects.Parts;

namespace Ngp.Projects.Editors;

/// <summary>
/// The form of <see cref="RoadMapPart"/>: stakeholders, objectives and indicators are lists to add to, reorder and
/// remove from; each indicator has its own list of dated measures (kept in date order when saved).
/// </summary>
public sealed class RoadMapEditor : ContentPartEditor<RoadMapForm>
{
    public override string PartName => "RoadMap";

    public override string PartialName => "PartEditor-RoadMap";

    public override RoadMapForm Load(JsonObject? data)
    {
        var stored = RoadMapPart.Read(data);
        var form = new RoadMapForm { Dialogue = stored.Dialogue };
        form.Stakeholders.AddRange(stored.Stakeholders.Select(s => new StakeholderForm { Name = s.Name, Role = s.Role, Email = s.Email ?? "" }));
        form.Objectives.AddRange(stored.Objectives.Select(o => new ObjectiveForm { Text = o }));
        foreach (var indicator in stored.Indicators)
        {
            var typed = new IndicatorForm
            {
                Name = indicator.Name, Unit = indicator.Unit, Target = FormValues.NumberInput(indicator.Target),
                Better = indicator.LowerIsBetter ? Indicator.Lower : Indicator.Higher,
            };
            typed.Values.AddRange(indicator.Values.Select(v => new MeasureForm { Date = v.Date, Value = FormValues.NumberInput(v.Value) }));
            form.Indicators.Add(typed);
        }
        return form;
    }

    public override RoadMapForm Read(PartForm form)
    {
        var typed = new RoadMapForm { Dialogue = form.Text("dialogue") };
        typed.Stakeholders.AddRange(form.Items("stakeholders").Select(s => new StakeholderForm { Name = s.Text("name"), Role = s.Text("role"), Email = s.Text("email") }));
        typed.Objectives.AddRange(form.Items("objectives").Select(o => new ObjectiveForm { Text = o.Text("text") }));
        foreach (var indicator in form.Items("indicators"))
        {
            var item = new IndicatorForm { Name = indicator.Text("name"), Unit = indicator.Text("unit"), Target = indicator.Text("target"), Better = indicator.Text("better") };
            item.Values.AddRange(indicator.Items("values").Select(v => new MeasureForm { Date = v.Text("date"), Value = v.Text("value") }));
            typed.Indicators.Add(item);
        }
        return typed;
    }

    public override JsonObject ToData(RoadMapForm state, PartErrors errors)
    {
        var prefix = "parts." + PartName;
        var stakeholders = new JsonArray();
        for (var i = 0; i < state.Stakeholders.Count; i++)
        {
            var s = state.Stakeholders[i];
            var name = $"{prefix}.stakeholders[{i}]";
            var (who, role, email) = (s.Name.Trim(), s.Role.Trim(), s.Email.Trim());
            if (who.Length == 0 && role.Length == 0 && email.Length == 0)
                continue;
            if (who.Length == 0)
                errors.Add(name + ".name", $"Indiquez le nom de la partie prenante {i + 1}, ou retirez-la.");
            if (email.Length > 0 && SafeUrl.Mail(email) is null)
                errors.Add(name + ".email", $"L'adresse e-mail de la partie prenante {i + 1} n'est pas valide (exemple : nom@exemple.fr).");
            stakeholders.Add(new JsonObject { ["name"] = who, ["role"] = role, ["email"] = email.Length > 0 ? email : null });
        }
        var objectives = new JsonArray(state.Objectives.Select(o => o.Text.Trim()).Where(t => t.Length > 0).Select(t => (JsonNode?)t).ToArray());
        var indicators = new JsonArray();
        for (var i = 0; i < state.Indicators.Count; i++)
        {
            var indicator = state.Indicators[i];
            var name = $"{prefix}.indicators[{i}]";
            var title = indicator.Name.Trim();
            var measures = indicator.Values.Select((v, j) => (Measure: v, Index: j)).Where(m => m.Measure.Date.Trim().Length > 0 || m.Measure.Value.Trim().Length > 0).ToList();
            if (title.Length == 0 && indicator.Unit.Trim().Length == 0 && indicator.Target.Trim().Length == 0 && measures.Count == 0)
                continue;
            var label = title.Length > 0 ? $"« {title} »" : (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (title.Length == 0)
                errors.Add(name + ".name", $"Indiquez le nom de l'indicateur {i + 1}, ou retirez-le.");
            var target = FormValues.Number(indicator.Target, name + ".target", $"Cible de l'indicateur {label}", errors);
            var values = new JsonArray();
            foreach (var (measure, j) in measures)
            {
                var input = $"{name}.values[{j}]";
                if (measure.Date.Trim().Length == 0)
                    errors.Add(input + ".date", $"Indiquez la date de la mesure {j + 1} de l'indicateur {label}.");
                if (measure.Value.Trim().Length == 0)
                    errors.Add(input + ".value", $"Indiquez la valeur de la mesure {j + 1} de l'indicateur {label}.");
                var date = FormValues.Day(measure.Date, input + ".date", $"Date de la mesure {j + 1} ({title})", errors);
                var value = FormValues.Number(measure.Value, input + ".value", $"Valeur de la mesure {j + 1} ({title})", errors);
                if (date is not null && value is not null)
                    values.Add(new JsonObject { ["date"] = date, ["value"] = value });
            }
            var stored = new JsonObject { ["name"] = title, ["unit"] = indicator.Unit.Trim(), ["target"] = target, ["values"] = values };
            if (indicator.Better == Indicator.Lower)
                stored["better"] = Indicator.Lower;
            else if (indicator.Better is not ("" or Indicator.Higher))
                errors.Add(name + ".better", $"Choisissez le sens de l'indicateur {label} : plus haut ou plus bas, c'est mieux.");
            indicators.Add(stored);
        }
        return new JsonObject
        {
            ["stakeholders"] = stakeholders,
            ["dialogue"] = state.Dialogue.Trim(),
            ["objectives"] = objectives,
            ["indicators"] = indicators,
        };
    }
}
