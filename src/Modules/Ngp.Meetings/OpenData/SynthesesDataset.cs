using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Ngp.Contents.Items;
using Ngp.Core.OpenData;
using Ngp.Core.Tenancy;
using Ngp.Core.Web;

namespace Ngp.Meetings.OpenData;

/// <summary>The published syntheses of the agency's meetings as an open dataset: the decisions and the next steps.</summary>
public sealed class SynthesesDataset(ContentQuery query, MeetingReader meetings, SiteLinks links) : IOpenDataset
{
    private const int PageSize = 100;

    public string Name => "syntheses";

    public string Title => "Synthèses de réunions";

    public string Description => "Les synthèses publiées des réunions de l'agence : une ligne par synthèse, avec la réunion, le nombre de présents, les décisions prises et les prochaines étapes (textes au format Markdown).";

    public IReadOnlyList<string> Keywords => ["réunions", "synthèses", "décisions"];

    public IReadOnlyList<OpenDataColumn> Columns { get; } =
    [
        new("titre", "Titre de la synthèse"),
        new("reunion", "Titre de la réunion"),
        new("date_de_la_reunion", "Début de la réunion (UTC, ISO 8601)", OpenDataType.DateTime),
        new("nombre_de_presents", "Nombre de personnes présentes", OpenDataType.Integer),
        new("decisions", "Décisions prises (Markdown)"),
        new("prochaines_etapes", "Prochaines étapes, avec qui s'en charge et quand (Markdown)"),
        new("date_de_publication", "Date et heure de publication de la synthèse (UTC, ISO 8601)", OpenDataType.DateTime),
        new("adresse", "Adresse de la synthèse sur le site", OpenDataType.Url),
    ];

    public bool AppliesTo(TenantDescriptor tenant) => !tenant.IsHeadOffice;

    public Task<OpenDataVersion> VersionAsync(CancellationToken ct) => query.PublishedSetVersionAsync(MeetingInfo.SynthesisType, ct);

    public async IAsyncEnumerable<object?[]> RowsAsync([EnumeratorCancellation] CancellationToken ct)
    {
        for (var page = 1; ; page++)
        {
            var batch = await query.ListAsync(new ContentFilter { Type = MeetingInfo.SynthesisType, Page = page, PageSize = PageSize }, ct);
            foreach (var synthesis in batch.Items)
            {
                var data = ContentQuery.Data(synthesis);
                var fields = data["fields"] as JsonObject;
                string? Text(string name) => fields?[name]?["value"] is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;
                var meetingId = fields?["Meeting"]?["value"] is JsonArray ids && ids.Count > 0 && ids[0] is JsonValue id && id.TryGetValue<string>(out var s) ? s : null;
                var meeting = meetingId is null ? null : await meetings.FindAsync(meetingId, ct);
                yield return
                [
                    synthesis.DisplayText, meeting?.Title, meeting?.StartUtc, MeetingsDataset.Attendance(data), Text("Decisions"), Text("NextSteps"),
                    synthesis.PublishedUtc, links.Absolute(await query.RelativeUrlAsync(synthesis, ct) ?? "syntheses"),
                ];
            }
            if (batch.Items.Count < PageSize || page * PageSize >= batch.Total)
                yield break;
        }
    }
}
