using Ngp.Contents.Definitions;

namespace Ngp.Contents.Items;

/// <summary>Finds the published item a comment or a follow is about; drafts and other tenants' items do not exist here.</summary>
public sealed class PublishedItems(ContentQuery query, ContentDefinitionStore definitions)
{
    public async Task<PublishedItem?> FindAsync(string? id, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 32)
            return null;
        var version = await query.PublishedAsync(id, ct);
        if (version is null)
            return null;
        var type = await definitions.FindAsync(version.ContentType, ct);
        return type is null ? null : new PublishedItem(version, type);
    }
}
