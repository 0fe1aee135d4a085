using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Ngp.Contents.Items;
using Ngp.Core.Data;
using Ngp.Core.Notifications;
using Ngp.Core.Outbox;
using Ngp.Projects.Data;
using Ngp.Projects.Parts;

namespace Ngp.Projects.Background;

/// <summary>
/// Watches published projects: a new current phase raises ProjectPhaseChanged (and tells followers when the
/// notifications module is there); a new or changed indicator measure raises IndicatorUpdated.
/// </summary>
public sealed class ProjectTracker(NgpDbContext db, ContentQuery query, IOutbox outbox, IServiceProvider services) : IOutboxConsumer
{
    // The cursor's name from when projects lived in Ngp.Participation: a new name would replay every event.
    public string Name => "participation-projects";

    public bool Accepts(string eventType) => eventType == nameof(ContentPublished);

    public async Task HandleAsync(OutboxEvent outboxEvent, CancellationToken ct)
    {
        var published = outboxEvent.Read<ContentPublished>();
        var version = await query.PublishedAsync(published.ContentItemId, ct);
        if (version is null || ContentQuery.Data(version)["parts"] is not JsonObject parts)
            return;
        var phases = parts["Phases"] is JsonObject p ? PhasesPart.Read(p) : null;
        var roadMap = parts["RoadMap"] is JsonObject r ? RoadMapPart.Read(r) : null;
        if (phases is null && roadMap is null)
            return;
        var state = await db.Set<ProjectState>().SingleOrDefaultAsync(s => s.ContentItemId == version.ContentItemId, ct);
        if (state is null)
        {
            state = new ProjectState { ContentItemId = version.ContentItemId };
            await StartFromPreviousPublicationAsync(state, version, ct);
            db.Add(state);
        }
        if (phases?.Current is { } current && current != state.Phase)
        {
            var from = state.Phase;
            state.Phase = current;
            // The first publication records the phase; only a later move is news.
            if (from is not null)
            {
                outbox.Add(new ProjectPhaseChanged(version.ContentItemId, from, current));
                if (services.GetService(typeof(INotifier)) is INotifier notifier)
                {
                    await notifier.NotifyAsync(new Notice
                    {
                        Event = nameof(ProjectPhaseChanged),
                        Title = $"« {version.DisplayText} » passe à l'étape : {PhasesPart.Label(current)}",
                        ContentItemId = version.ContentItemId,
                        Data = new Dictionary<string, string?> { ["PhaseName"] = PhasesPart.Label(current) },
                        IdempotencyKey = $"phase-{version.ContentItemId}-{current}-{outboxEvent.Id}",
                    }, Audience.Followers(version.ContentItemId), ct);
                }
            }
        }
        if (roadMap is not null)
        {
            var signature = Signature(roadMap);
            if (state.IndicatorsSignature is { } before && before != signature)
            {
                foreach (var indicator in roadMap.Indicators)
                    outbox.Add(new IndicatorUpdated(version.ContentItemId, indicator.Name, indicator.Latest));
            }
            state.IndicatorsSignature = signature;
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// A project without a state row is either published for the first time, or was last seen before this module had
    /// its own table (the host's ParticipationStates kept it until issue 18): its previous published version, when
    /// there is one, says what was already announced, so the move that follows the upgrade is not lost.
    /// </summary>
    private async Task StartFromPreviousPublicationAsync(ProjectState state, ContentItemVersion version, CancellationToken ct)
    {
        var previous = (await query.VersionsAsync(version.ContentItemId, ct)).FirstOrDefault(v => v.Number < version.Number && v.PublishedUtc is not null);
        if (previous is null || ContentQuery.Data(previous)["parts"] is not JsonObject parts)
            return;
        state.Phase = parts["Phases"] is JsonObject p && PhasesPart.Read(p).Current is { Length: > 0 } phase ? phase : null;
        state.IndicatorsSignature = parts["RoadMap"] is JsonObject r ? Signature(RoadMapPart.Read(r)) : null;
    }

    private static string Signature(RoadMap roadMap)
    {
        var text = string.Join('|', roadMap.Indicators.Select(i => i.Name + ":" + string.Join(';', i.Values.Select(v => v.Date + "=" + v.Value))));
        return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
    }
}
