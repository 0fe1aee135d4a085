using System.Text.Json.Nodes;
using Ngp.Contents.Parts;

namespace Ngp.Contents.Editors;

/// <summary>
/// The admin form of a part, as Orchard's display drivers give one: a Razor partial that shows the part's inputs and
/// the reading of those inputs back into the part's stored data. A module registers one beside its <see cref="IContentPart"/>;
/// the content editor then shows that form instead of anything generic.
/// </summary>
public interface IContentPartEditor
{
    string PartName { get; }

    /// <summary>The partial rendered with a <see cref="PartEditorView"/> (put in the module's <c>Pages/Shared</c>).</summary>
    string PartialName { get; }

    /// <summary>The form's state from the stored data (null for a new item).</summary>
    object Load(JsonObject? data);

    /// <summary>The form's state from what was posted, everything typed kept as it was typed.</summary>
    object Read(PartForm form);

    /// <summary>The part's data for <see cref="IContentPart.Normalize"/>; an input that cannot be read gets its French message in <paramref name="errors"/>.</summary>
    JsonObject ToData(object state, PartErrors errors);
}
