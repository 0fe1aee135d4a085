using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;

namespace Ngp.Contents.Parts;

/// <summary>Which of the landlord's four ambitions the item serves.</summary>
public sealed class AmbitionPart : IContentPart
{
    public static readonly IReadOnlyList<string> Labels =
    [
        "Partager l'information en continu, répondre au quotidien pour construire la confiance",
        "Coélaborer la décision comme mode de gouvernance",
        "S'enrichir des expériences et des expertises, capitaliser",
        "Développer une approche sociale et partenariale pour construire le vivre ensemble",
    ];

    public string Name => "Ambition";

    public string DisplayName => "Ambition";

    public JsonObject Normalize(JsonObject? input, ContentPartDefinition definition, ICollection<string> errors)
    {
        int? value = input?["value"] switch
        {
            JsonValue v when v.TryGetValue<int>(out var n) => n,
            JsonValue v when v.TryGetValue<string>(out var s) && int.TryParse(s, out var n) => n,
            _ => null,
        };
        if (value is null && definition.Required)
            errors.Add("Choisissez l'ambition (1 à 4).");
        if (value is not null and (< 1 or > 4))
            errors.Add("L'ambition est un nombre de 1 à 4.");
        return new JsonObject { ["value"] = value };
    }
}
