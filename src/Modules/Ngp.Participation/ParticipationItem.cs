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
