using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;
using Ngp.Contents.Indexing;
using Ngp.Contents.Fields;
using Ngp.Contents.Parts;

namespace Ngp.Projects.Parts;

/// <summary>The three phases of a project (before, during, after the works), each with dates, a description and dated updates.</summary>
public sealed class PhasesPart : IContentPart
{
    public static readonly IReadOnlyList<string> Keys = ["before", "during", "after"];

    public string Name => "Phases";

    public string DisplayName => "Phases du projet (avant, pendant, après travaux)";

    public JsonObject Normalize(JsonObject? input, ContentPartDefinition definition, ICollection<string> errors)
    {
        var current = PartJson.Text(input, "current");
        if (current.Length > 0 && !Keys.Contains(current))
            errors.Add("La phase en cours est « before », « during » ou « after ».");
        var phases = new JsonArray();
        foreach (var key in Keys)
        {
            var phase = PartJson.Objects(input?["phases"]).FirstOrDefault(p => PartJson.Text(p, "key") == key);
            var updates = PartJson.Objects(phase?["updates"])
                .Select(u => (Date: PartJson.Text(u, "date"), Text: PartJson.Text(u, "text")))
                .Where(u => u.Text.Length > 0)
                .ToList();
            foreach (var (bound, label) in new[] { ("start", "Début"), ("end", "Fin") })
            {
                if (PartJson.Text(phase, bound).Length > 0)
                    ContentDates.ReadDay(PartJson.Text(phase, bound), $"{label} ({Label(key).ToLowerInvariant()})", errors);
            }
            foreach (var update in updates)
                ContentDates.ReadDay(update.Date, $"Date d'un point d'étape ({Label(key).ToLowerInvariant()})", errors);
            phases.Add(new JsonObject
            {
                ["key"] = key,
                ["start"] = PartJson.Text(phase, "start"),
                ["end"] = PartJson.Text(phase, "end"),
                ["description"] = PartJson.Text(phase, "description"),
                ["updates"] = PartJson.Array(updates.OrderBy(u => u.Date, StringComparer.Ordinal).Select(u => (JsonNode)new JsonObject { ["date"] = u.Date, ["text"] = u.Text })),
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
        PartJson.Text(part?["current"]),
        PartJson.Objects(part?["phases"]).Select(p => new Phase(
            PartJson.Text(p, "key"), PartJson.Text(p, "start"), PartJson.Text(p, "end"), PartJson.Text(p, "description"),
            PartJson.Objects(p["updates"]).Select(u => new PhaseUpdate(PartJson.Text(u, "date"), PartJson.Text(u, "text"))).ToList())).ToList());

    public static string Label(string key) => key switch
    {
        "before" => "Avant les travaux",
        "during" => "Pendant les travaux",
        "after" => "Après les travaux",
        _ => key,
    };
}
