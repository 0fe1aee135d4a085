namespace Ngp.Contents.Editors;

/// <summary>The part editors the modules registered, by part name.</summary>
public sealed class ContentPartEditorCatalog(IEnumerable<IContentPartEditor> editors)
{
    private readonly Dictionary<string, IContentPartEditor> _byPart = editors.ToDictionary(e => e.PartName, StringComparer.Ordinal);

    public IContentPartEditor? Find(string name) => _byPart.GetValueOrDefault(name);
}
