using Ngp.Contents.Definitions;
using Ngp.Contents.Editors;
using Ngp.Contents.Items;
using Ngp.Contents.Parts;

namespace Ngp.Contents.Admin;

/// <summary>What the content editor reads besides the item itself: the parts and their editors, and items for the pickers.</summary>
public sealed class ContentEditorServices(ContentPartEditorCatalog editors, ContentPartCatalog parts, ContentQuery query, ContentDefinitionStore definitions)
{
    public ContentPartEditorCatalog Editors => editors;

    public ContentPartCatalog Parts => parts;

    public ContentQuery Query => query;

    public ContentDefinitionStore Definitions => definitions;
}
