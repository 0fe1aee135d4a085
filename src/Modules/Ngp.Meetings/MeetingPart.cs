using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;
using Ngp.Contents.Parts;

namespace Ngp.Meetings;

/// <summary>Marks the Meeting type: its page shows the date, place, agenda and the registration form.</summary>
public sealed class MeetingPart : IContentPart
{
    public string Name => "Meeting";

    public string DisplayName => "Réunion (inscriptions)";

    /// <summary>Dates, place and capacity are the type's fields; the part itself only marks the type.</summary>
    public bool HasData => false;

    public IReadOnlyCollection<string> DisplayedFields => ["Kind", "Start", "End", "Place", "OnlineLink", "Capacity", "Agenda"];

    public JsonObject Normalize(JsonObject? input, ContentPartDefinition definition, ICollection<string> errors) => [];
}
