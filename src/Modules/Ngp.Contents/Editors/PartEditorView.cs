using Ngp.Contents.Definitions;

namespace Ngp.Contents.Editors;

/// <summary>What a part's editor partial receives: its definition on the type, the name prefix of its inputs, its form state.</summary>
public sealed record PartEditorView(ContentPartDefinition Definition, string DisplayName, string Prefix, object State, EditorFocus? Focus)
{
    public TState StateAs<TState>() where TState : class => (TState)State;

    /// <summary>The input name of <paramref name="input"/> in this part: <c>parts.Phases.current</c>.</summary>
    public string Name(string input) => Prefix + "." + input;
}
