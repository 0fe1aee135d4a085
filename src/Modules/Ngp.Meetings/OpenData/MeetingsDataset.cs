using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Ngp.Contents.Items;
using Ngp.Core.Data;
using Ngp.Core.OpenData;
using Ngp.Core.Tenancy;
using Ngp.Core.Web;
using Ngp.Meetings.Data;

namespace Ngp.Meetings.OpenData;

/// <summary>
/// The agency's published meetings as an open dataset: when, what kind, where, and how many came once the synthesis
/// is published (the count its synthesis shows; who came is never written).
/// </summary>
public sealed class MeetingsDataset(NgpDbContext db, ContentQuery query, SiteLinks links) : IOpenDataset
{
    private const int PageSize = 200;

    public string Name => "reunions";

    public string Title => "Réunions";

    public string Description => "Les réunions publiques, comités de résidence et ateliers de l'agence : une ligne par réunion publiée, avec sa date, son type, son lieu et le nombre de présents une fois sa synthèse publiée.";

    public IReadOnlyList<string> Keywords => ["réunions", "concertation", "comité de résidence"];

    public IReadOnlyList<OpenDataColumn> Columns { get; } =
    [
        new("titre", "Titre de la réunion"),
        new("type", "Type de réunion (réunion publique, comité de résidence, atelier…)"),
        new("debut", "Début de la réunion (UTC, ISO 8601)", OpenDataType.DateTime),
        new("fin", "Fin de la réunion (UTC, ISO 8601)", OpenDataType.DateTime),
        new("lieu", "Lieu de la réunion, vide si elle se tient en ligne seulement"),
        new("nombre_de_presents", "Nombre de personnes présentes, d'après la synthèse publiée ; vide avant sa publication", OpenDataType.Integer),
        new("adresse", "Adresse de la réunion sur le site", OpenDataType.Url),
    ];

    /// <summary>Meetings are held by the agencies; the head office's site has none.</summary>
    public bool AppliesTo(TenantDescriptor tenant) => !tenant.IsHeadOffice;

    public async Task<OpenDataVersion> VersionAsync(CancellationToken ct) =>
        OpenDataVersion.Combine(await query.PublishedSetVersionAsync(MeetingInfo.ContentType, ct), await query.PublishedSetVersionAsync(MeetingInfo.SynthesisType, ct));

    public async IAsyncEnumerable<object?[]> RowsAsync([EnumeratorCancellation] CancellationToken ct)
    {
        // Read a page at a time (one open command at a time, the syntheses' attendance read between pages): the
        // memory held is a page's, whatever the number of meetings.
        for (var page = 0; ; page++)
        {
            var meetings = await db.Set<MeetingEntry>().AsNoTracking().Where(m => m.Published).OrderBy(m => m.StartUtc).ThenBy(m => m.MeetingId)
                .Skip(page * PageSize).Take(PageSize)
                .Select(m => new { m.Title, m.Kind, m.StartUtc, m.EndUtc, m.Place, m.Slug, m.SynthesisId, m.SynthesisPublishedUtc })
                .ToListAsync(ct);
            foreach (var m in meetings)
            {
                int? attendance = null;
                if (m is { SynthesisPublishedUtc: not null, SynthesisId: { } synthesisId } && await query.PublishedAsync(synthesisId, ct) is { } synthesis)
                    attendance = Attendance(ContentQuery.Data(synthesis));
                yield return [m.Title, m.Kind, m.StartUtc, m.EndUtc, m.Place, attendance, links.Absolute(m.Slug is null ? "reunions" : $"reunions/{m.Slug}")];
            }
            if (meetings.Count < PageSize)
                yield break;
        }
    }

    internal static int? Attendance(JsonObject data) =>
        data["fields"]?["Attendance"]?["value"] is JsonValue v && v.TryGetValue<decimal>(out var n) && n >= 0 ? (int)n : null;
}
