using Ngp.Contents.Definitions;
using Ngp.Contents.Display;
using Ngp.Contents.Indexing;
using Ngp.Contents.Items;

namespace Ngp.Search.Indexing;

/// <summary>
/// Builds the document of a published item from its public copy: what its parts, fields and the modules' handlers
/// give the index (<see cref="ContentIndexing"/>). Search knows no part, field or module by name.
/// </summary>
public sealed class SearchDocumentFactory(ContentPrivacy privacy, ContentIndexing indexing)
{
    public static bool IsIndexable(ContentTypeDefinition type) => type.HasPart(IndexablePart.PartName);

    public SearchDocument Build(ContentTypeDefinition type, ContentItemVersion published, string agency, string agencyName, string? idPrefix = null)
    {
        var view = privacy.View(type, published);
        var indexed = indexing.Index(view);
        var version = view.Version;
        return new SearchDocument
        {
            Id = idPrefix is null ? version.ContentItemId : idPrefix + version.ContentItemId,
            ContentItemId = version.ContentItemId,
            Type = type.Name,
            TypeLabel = type.DisplayName,
            Title = view.Title,
            Text = indexed.Text,
            Tags = view.Tags,
            Ambition = view.Ambition,
            Themes = indexed.Themes,
            Date = version.PublishedUtc ?? version.ModifiedUtc,
            Url = view.RelativeUrl,
            Agency = agency,
            AgencyName = agencyName,
            Shared = indexed.SharedWithEveryAgency,
        };
    }
}
