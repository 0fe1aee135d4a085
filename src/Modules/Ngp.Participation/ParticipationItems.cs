using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;
using Ngp.Contents.Items;
using Ngp.Participation.Parts;

namespace Ngp.Participation;

/// <summary>A published item with its type and parts, as the participation use cases read it.</summary>
public sealed record ParticipationItem(ContentItemVersion Version, ContentTypeDefinition Type, JsonObject Parts)
{
    public string Id => Version.ContentItemId;

    public string Title => Version.DisplayText;

    public bool Has(string part) => Type.HasPart(part);

    public string? RelativeUrl => Type.RoutePrefix is { } prefix && Version.Slug is { } slug ? $"{prefix}/{slug}" : null;

    public Consultation? Consultation => Has("Consultation") ? ConsultationPart.Read(Id, Parts["Consultation"] as JsonObject) : null;
}

/// <summary>Finds the published item a comment, vote or follow is about; drafts and other tenants' items do not exist here.</summary>
public sealed class ParticipationItems(ContentQuery query, ContentDefinitionStore definitions)
{
    public async Task<ParticipationItem?> PublishedAsync(string? id, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 32)
            return null;
        var version = await query.PublishedAsync(id, ct);
        if (version is null)
            return null;
        var type = await definitions.FindAsync(version.ContentType, ct);
        if (type is null)
            return null;
        return new ParticipationItem(version, type, ContentQuery.Data(version)["parts"] as JsonObject ?? []);
    }
}
