using System.Text.Json.Nodes;

namespace Ngp.Contents.Editors;

/// <summary>A part's editor over a typed form state, so each editor reads and writes its own class, never loose objects.</summary>
public abstract class ContentPartEditor<TState> : IContentPartEditor where TState : class
{
    public abstract string PartName { get; }

    public abstract string PartialName { get; }

    public abstract TState Load(JsonObject? data);

    public abstract TState Read(PartForm form);

    public abstract JsonObject ToData(TState state, PartErrors errors);

    object IContentPartEditor.Load(JsonObject? data) => Load(data);

    object IContentPartEditor.Read(PartForm form) => Read(form);

    JsonObject IContentPartEditor.ToData(object state, PartErrors errors) => ToData((TState)state, errors);
}
