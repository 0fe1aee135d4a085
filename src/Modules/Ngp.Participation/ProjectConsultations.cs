using System.Text.Json.Nodes;
using Ngp.Contents.Items;
using Ngp.Participation.Parts;

namespace Ngp.Participation;

/// <summary>The published consultations that pick a project in one of their fields, for the project's page.</summary>
public sealed class ProjectConsultations(ContentQuery query)
{
    // An agency runs tens of consultations: the latest hundred are read and filtered here, on a page that is cached.
    private const int Scanned = 100;

    public async Task<IReadOnlyList<ProjectConsultation>> OfAsync(string projectId, CancellationToken ct)
    {
        var page = await query.ListAsync(new ContentFilter { Type = "Consultation", PageSize = Scanned }, ct);
        var found = new List<ProjectConsultation>();
        foreach (var version in page.Items)
        {
            var data = ContentQuery.Data(version);
            if (!Picks(data["fields"] as JsonObject, projectId) || data["parts"]?["Consultation"] is not JsonObject part)
                continue;
            found.Add(new ProjectConsultation(version.DisplayText, await query.RelativeUrlAsync(version, ct), ConsultationPart.Read(version.ContentItemId, part)));
        }
        return found.OrderByDescending(c => c.Consultation.OpensUtc).ToList();
    }

    // A content picker stores one id or a list of ids, whatever the field's name.
    private static bool Picks(JsonObject? fields, string id) =>
        fields is not null && fields.Any(f => f.Value?["value"] switch
        {
            JsonArray ids => ids.Any(v => v is JsonValue s && s.TryGetValue<string>(out var text) && text == id),
            JsonValue single => single.TryGetValue<string>(out var text) && text == id,
            _ => false,
        });
}
