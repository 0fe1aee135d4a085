using Ngp.Contents.Display;
using Ngp.Contents.Fields;
using Ngp.Contents.Parts;

namespace Ngp.Contents.Indexing;

/// <summary>Gathers what a published item gives the index: its parts in the type's order, then its fields, then the modules' handlers.</summary>
public sealed class ContentIndexing(ContentPartCatalog parts, ContentFieldCatalog fields, IEnumerable<IContentIndexHandler> handlers)
{
    private readonly IReadOnlyList<IContentIndexHandler> _handlers = handlers.ToList();

    /// <param name="view">The public view of the item (<see cref="ContentPrivacy.View"/>).</param>
    public ContentIndexContext Index(ContentView view)
    {
        var context = new ContentIndexContext(view);
        foreach (var definition in view.Type.Parts)
        {
            if (parts.Find(definition.Name) is { } part && context.Part(definition.Name) is { } data)
                part.Index(data, context);
        }
        foreach (var field in view.Fields)
            fields.Find(field.Definition.Type)?.Index(field, context);
        foreach (var handler in _handlers)
            handler.Index(context);
        return context;
    }
}
