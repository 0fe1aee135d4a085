using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;
using Ngp.Contents.Indexing;
using Ngp.Contents.Fields;
using Ngp.Contents.Parts;
using Ngp.Core.Web;

namespace Ngp.Projects.Parts;

/// <summary>The road map in four points: stakeholders, dialogue, objectives, indicators with measured values.</summary>
public sealed class RoadMapPart : IContentPart
{
    public string Name => "RoadMap";

    public string DisplayName => "Feuille de route (parties prenantes, dialogue, objectifs, indicateurs)";

    public JsonObject Normalize(JsonObject? input, ContentPartDefinition definition, ICollection<string> errors)
    {
        var stakeholders = new JsonArray();
        foreach (var s in PartJson.Objects(input?["stakeholders"]))
        {
            var name = PartJson.Text(s, "name");
            var email = PartJson.Text(s, "email");
            if (name.Length == 0)
                continue;
            if (email.Length > 0 && SafeUrl.Mail(email) is null)
                errors.Add($"L'adresse e-mail de « {name} » n'est pas valide.");
            stakeholders.Add(new JsonObject { ["name"] = name, ["role"] = PartJson.Text(s, "role"), ["email"] = email.Length > 0 ? email : null });
        }
        var objectives = input?["objectives"] is JsonArray o ? o.Select(PartJson.Text).Where(t => !string.IsNullOrEmpty(t)).Select(t => (JsonNode?)t).ToArray() : [];
        var indicators = new JsonArray();
        foreach (var i in PartJson.Objects(input?["indicators"]))
        {
            var name = PartJson.Text(i, "name");
            if (name.Length == 0)
                continue;
            var values = new List<(string Date, double Value)>();
            foreach (var v in PartJson.Objects(i["values"]))
            {
                var date = PartJson.Text(v, "date");
                var day = ContentDates.ReadDay(date, $"Date d'une mesure ({name})", errors);
                if (PartJson.Number(v["value"]) is not { } value)
                    errors.Add($"Chaque mesure de l'indicateur « {name} » a une valeur numérique.");
                else if (day is not null)
                    values.Add((date, value));
            }
            if (!ContentNumbers.TryRead(i["target"], out _))
                errors.Add($"La cible de l'indicateur « {name} » doit être un nombre.");
            var better = PartJson.Text(i, "better");
            if (better.Length > 0 && better is not (Indicator.Higher or Indicator.Lower))
                errors.Add($"Le sens de l'indicateur « {name} » est « higher » (plus haut, c'est mieux) ou « lower » (plus bas, c'est mieux).");
            var indicator = new JsonObject
            {
                ["name"] = name,
                ["unit"] = PartJson.Text(i, "unit"),
                ["target"] = PartJson.Number(i["target"]),
                ["values"] = PartJson.Array(values.OrderBy(v => v.Date, StringComparer.Ordinal).Select(v => (JsonNode)new JsonObject { ["date"] = v.Date, ["value"] = v.Value })),
            };
            // Written only when lower is better, so indicators stored before keep their exact shape.
            if (better == Indicator.Lower)
                indicator["better"] = Indicator.Lower;
            indicators.Add(indicator);
        }
        return new JsonObject
        {
            ["stakeholders"] = stakeholders,
            ["dialogue"] = PartJson.Text(input, "dialogue"),
            ["objectives"] = new JsonArray(objectives),
            ["indicators"] = indicators,
        };
    }

    /// <summary>Stakeholders are named on public pages; their e-mail addresses are not.</summary>
    public JsonObject WithoutPersonalData(JsonObject data)
    {
        foreach (var stakeholder in PartJson.Objects(data["stakeholders"]))
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
        PartJson.Objects(part?["stakeholders"]).Select(s => new Stakeholder(PartJson.Text(s, "name"), PartJson.Text(s, "role"), PartJson.Text(s["email"]))).ToList(),
        PartJson.Text(part, "dialogue"),
        part?["objectives"] is JsonArray o ? o.Select(PartJson.Text).OfType<string>().ToList() : [],
        PartJson.Objects(part?["indicators"]).Select(i => new Indicator(PartJson.Text(i, "name"), PartJson.Text(i, "unit"), PartJson.Number(i["target"]),
            PartJson.Objects(i["values"]).Select(v => new Measure(PartJson.Text(v, "date"), PartJson.Number(v["value"]) ?? 0)).ToList(),
            PartJson.Text(i, "better") == Indicator.Lower)).ToList());
}
