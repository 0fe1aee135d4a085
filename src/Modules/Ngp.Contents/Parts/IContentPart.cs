using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;
using Ngp.Contents.Indexing;

namespace Ngp.Contents.Parts;

/// <summary>
/// A capability a content type can carry (a title, a body, tags…). Written once, attached to types by name;
/// each part checks and cleans what an editor or a client sends for it.
/// </summary>
public interface IContentPart
{
    string Name { get; }

    /// <summary>French name shown in the admin.</summary>
    string DisplayName { get; }

    /// <summary>
    /// Whether editors type data for this part. The admin editor has its own inputs for the engine's parts; a part
    /// from another module that carries data brings its form as an <see cref="Editors.IContentPartEditor"/>, a part
    /// without data (a capability) gets nothing.
    /// </summary>
    bool HasData => true;

    /// <summary>The yes/no settings the part takes per type, offered on the admin's type page; none for most parts.</summary>
    IReadOnlyList<PartSetting> Settings => [];

    /// <summary>
    /// French problems with the part's settings on a type (<see cref="ContentPartDefinition.Settings"/>), checked when a
    /// recipe or the admin saves the type. Most parts have no settings and accept none.
    /// </summary>
    IEnumerable<string> CheckSettings(JsonObject? settings) =>
        settings is null || settings.Count == 0 ? [] : [$"La partie « {Name} » n'a pas de réglages."];

    /// <summary>The part's data, cleaned; French problems are added to <paramref name="errors"/>.</summary>
    JsonObject Normalize(JsonObject? input, ContentPartDefinition definition, ICollection<string> errors);

    /// <summary>
    /// The part's data without its personal values (an e-mail address, a person), for public pages, feeds, the public
    /// API and the search index; <paramref name="data"/> is a copy the part may change. Most parts hold none.
    /// </summary>
    JsonObject WithoutPersonalData(JsonObject data) => data;

    /// <summary>Fields of the type that this part's own template shows, so the page's list of fields leaves them out.</summary>
    IReadOnlyCollection<string> DisplayedFields => [];

    /// <summary>What the part gives the search index of a published item; <paramref name="data"/> is its public data.</summary>
    void Index(JsonObject data, ContentIndexContext context)
    {
    }
}
