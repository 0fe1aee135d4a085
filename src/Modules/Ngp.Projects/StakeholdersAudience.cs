using System.Text.Json.Nodes;
using Ngp.Contents.Items;
using Ngp.Core.Notifications;
using Ngp.Projects.Parts;

namespace Ngp.Projects;

/// <summary>The named stakeholders of a project's road map that have an e-mail (key: content item id).</summary>
public sealed class StakeholdersAudience(ContentQuery query) : IAudienceSource
{
    public string Kind => AudienceKinds.Stakeholders;

    public async Task<IReadOnlyList<AudienceMember>> ResolveAsync(string key, CancellationToken ct = default)
    {
        var version = await query.PublishedAsync(key, ct);
        if (version is null)
            return [];
        var roadMap = RoadMapPart.Read(ContentQuery.Data(version)["parts"]?["RoadMap"] as JsonObject);
        return roadMap.Stakeholders.Where(s => s.Email is not null).Select(s => new AudienceMember(null, s.Email, s.Name)).ToList();
    }
}
