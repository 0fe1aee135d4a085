using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;
using Ngp.Contents.Items;
using Ngp.Core.Tenancy;
using Ngp.Core.Web;

namespace Ngp.Participation;

/// <summary>Finds the published item a comment, vote or follow is about; drafts and other tenants' items do not exist here.</summary>
public sealed class ParticipationItems(ContentQuery query, ContentDefinitionStore definitions, PublishedConsultations consultations, PublicContentChanges changes, ITenantContext tenant)
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

    /// <summary>
    /// The published consultation, its questions parsed once per published version: every vote and every results
    /// request reads it, and reading the item's data and parsing it was an eighth of a vote's cost. Which version is
    /// published is then kept <see cref="PublishedConsultations.CurrentLifetime"/>, until this web node publishes or
    /// unpublishes anything in the agency (<see cref="PublicContentChanges"/>): asking it on every vote was a tenth of
    /// a vote's cost. Another node's publication shows within that lifetime.
    /// </summary>
    public async Task<PublishedConsultation?> PublishedConsultationAsync(string? id, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 32)
            return null;
        var generation = changes.Current(tenant.Tenant);
        var current = new PublishedConsultations.CurrentKey(tenant.Tenant.Name, tenant.Tenant.CreatedUtc, id, generation);
        if (consultations.FindCurrent(current) is { } kept)
            return kept;
        var read = await ReadPublishedConsultationAsync(id, ct);
        if (read is not null)
            consultations.KeepCurrent(current, read);
        return read;
    }

    private async Task<PublishedConsultation?> ReadPublishedConsultationAsync(string id, CancellationToken ct)
    {
        var stamp = await query.PublishedStampAsync(id, ct);
        if (stamp is null || await definitions.FindAsync(stamp.ContentType, ct) is not { } type || !type.HasPart("Consultation"))
            return null;
        var key = new PublishedConsultations.Key(tenant.Tenant.Name, tenant.Tenant.CreatedUtc, stamp.VersionId, stamp.ModifiedUtc);
        if (consultations.Find(key) is { } known)
            return known;
        var item = await PublishedAsync(id, ct);
        if (item?.Consultation is not { } consultation)
            return null;
        var read = new PublishedConsultation(item.Id, item.Version.Id, item.Title, consultation);
        // Published again between the two reads: answered, but kept only under the stamp it was read with.
        if (item.Version.Id == stamp.VersionId && item.Version.ModifiedUtc == stamp.ModifiedUtc)
            consultations.Add(key, read);
        return read;
    }
}
