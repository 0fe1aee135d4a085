using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;
using Ngp.Contents.Parts;

namespace Ngp.Meetings;

/// <summary>Marks the Synthesis type: its page links back to its meeting and shows each section under its heading.</summary>
public sealed class SynthesisPart : IContentPart
{
    public string Name => "Synthesis";

    public string DisplayName => "Synthèse de réunion";

    public bool HasData => false;

    /// <summary>The sections of a synthesis, in the order people read them, with their headings.</summary>
    public static readonly IReadOnlyList<(string Field, string Heading)> Sections =
    [
        ("Decisions", "Décisions"),
        ("Objections", "Objections entendues et propositions"),
        ("NextSteps", "Prochaines étapes"),
    ];

    public IReadOnlyCollection<string> DisplayedFields => ["Meeting", "Attendance", .. Sections.Select(s => s.Field)];

    public JsonObject Normalize(JsonObject? input, ContentPartDefinition definition, ICollection<string> errors) => [];
}
