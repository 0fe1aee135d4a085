using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ngp.Contents.Definitions;
using Ngp.Contents.Items;
using Ngp.Core.OpenData;
using Ngp.Core.Tenancy;
using Ngp.Projects.Parts;

namespace Ngp.ActionPlan;

/// <summary>
/// The action plan across tenants, read through this public service only: the head office publishes the actions,
/// each agency answers for its own projects' links. One tenant scope per tenant read, never another tenant's tables
/// from this scope's database (the way the shared good-practice index reads each agency).
/// </summary>
public sealed class ActionPlanReader(
    ITenantContext tenant,
    IRunningTenants tenants,
    ITenantScopeFactory scopes,
    ContentQuery query,
    ContentDefinitionStore definitions,
    ILogger<ActionPlanReader> logger)
{
    private const int PageSize = 100;

    /// <summary>The published actions of the head office's plan, in code order; null while the head office is not running.</summary>
    public async Task<IReadOnlyList<PlanActionInfo>?> PlanAsync(CancellationToken ct)
    {
        if (tenant.Tenant.IsHeadOffice)
            return await OwnActionsAsync(ct);
        var headOffice = tenants.Running.FirstOrDefault(t => t.IsHeadOffice);
        if (headOffice is null)
            return null;
        await using var scope = scopes.CreateScope(headOffice);
        return await scope.ServiceProvider.GetRequiredService<ActionPlanReader>().OwnActionsAsync(ct);
    }

    /// <summary>This tenant's own published actions (the head office's plan when called there).</summary>
    public async Task<IReadOnlyList<PlanActionInfo>> OwnActionsAsync(CancellationToken ct)
    {
        var versions = await AllPublishedAsync(ActionCodes.TypeName, ct);
        return versions.Select(ActionCodes.Read).OfType<PlanActionInfo>()
            .GroupBy(a => a.Code, StringComparer.Ordinal).Select(g => g.First())
            .OrderBy(a => ActionCodes.SortKey(a.Code)).ToList();
    }

    /// <summary>This tenant's published projects linked to at least one action.</summary>
    public async Task<IReadOnlyList<LinkedProject>> OwnLinksAsync(CancellationToken ct)
    {
        var here = tenant.Tenant;
        var types = (await definitions.ListAsync(ct)).Where(t => t.Fields.Any(f => f.Name == ActionCodes.ProjectField)).ToList();
        var links = new List<LinkedProject>();
        foreach (var type in types)
        {
            foreach (var version in await AllPublishedAsync(type.Name, ct))
            {
                var data = ContentQuery.Data(version);
                var codes = ActionCodes.Parse(ActionCodes.FieldText(data, ActionCodes.ProjectField));
                if (codes.Count == 0)
                    continue;
                var phase = type.HasPart("Phases") ? PhasesPart.Read(data["parts"]?["Phases"] as System.Text.Json.Nodes.JsonObject).Current : null;
                var url = type.RoutePrefix is { } prefix && version.Slug is { } slug ? ActionCodes.TenantUrl(here, $"{prefix}/{slug}") : null;
                links.Add(new LinkedProject(version.ContentItemId, version.DisplayText, url, string.IsNullOrEmpty(phase) ? null : phase, codes,
                    here.Name, here.DisplayName, ActionCodes.TenantUrl(here, "")));
            }
        }
        return links;
    }

    /// <summary>The agencies whose links the dashboard shows: all running agencies on the head office, this one elsewhere.</summary>
    public async Task<IReadOnlyList<(TenantDescriptor Agency, IReadOnlyList<LinkedProject> Links)>> LinksAsync(CancellationToken ct)
    {
        if (!tenant.Tenant.IsHeadOffice)
            return [(tenant.Tenant, await OwnLinksAsync(ct))];
        var result = new List<(TenantDescriptor, IReadOnlyList<LinkedProject>)>();
        foreach (var agency in tenants.Running.Where(t => !t.IsHeadOffice).OrderBy(t => t.DisplayName, StringComparer.CurrentCulture))
        {
            try
            {
                await using var scope = scopes.CreateScope(agency);
                result.Add((agency, await scope.ServiceProvider.GetRequiredService<ActionPlanReader>().OwnLinksAsync(ct)));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One agency's database being unreachable must not take the whole plan down; it is left out and logged.
                logger.LogWarning(e, "The action plan links of agency {Tenant} could not be read", agency.Name);
            }
        }
        return result;
    }

    /// <summary>
    /// The state of what <see cref="PlanAsync"/> and <see cref="LinksAsync"/> read, for the open dataset: the head
    /// office's actions and the projects of the agencies this tenant shows, each read in its own tenant's scope.
    /// </summary>
    public async Task<OpenDataVersion> VersionAsync(CancellationToken ct)
    {
        var parts = new List<OpenDataVersion>();
        var readers = tenant.Tenant.IsHeadOffice
            ? tenants.Running.Where(t => !t.IsHeadOffice).OrderBy(t => t.Name, StringComparer.Ordinal).Prepend(tenant.Tenant)
            : tenants.Running.Where(t => t.IsHeadOffice).Append(tenant.Tenant);
        foreach (var other in readers)
        {
            if (other.Name == tenant.Tenant.Name)
            {
                parts.Add(await OwnVersionAsync(ct));
                continue;
            }
            try
            {
                await using var scope = scopes.CreateScope(other);
                parts.Add(await scope.ServiceProvider.GetRequiredService<ActionPlanReader>().OwnVersionAsync(ct));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "The action plan state of tenant {Tenant} could not be read", other.Name);
                parts.Add(new(null, other.Name + ":unavailable"));
            }
        }
        return OpenDataVersion.Combine([.. parts]);
    }

    /// <summary>The state of this tenant's own actions and linked projects.</summary>
    public async Task<OpenDataVersion> OwnVersionAsync(CancellationToken ct)
    {
        var types = (await definitions.ListAsync(ct)).Where(t => t.Fields.Any(f => f.Name == ActionCodes.ProjectField)).Select(t => t.Name).Prepend(ActionCodes.TypeName);
        var parts = new List<OpenDataVersion>();
        foreach (var type in types)
            parts.Add(await query.PublishedSetVersionAsync(type, ct));
        var combined = OpenDataVersion.Combine([.. parts]);
        return combined with { Fingerprint = $"{tenant.Tenant.Name}:{combined.Fingerprint}" };
    }

    private async Task<List<ContentItemVersion>> AllPublishedAsync(string type, CancellationToken ct)
    {
        var all = new List<ContentItemVersion>();
        for (var page = 1; ; page++)
        {
            var batch = await query.ListAsync(new ContentFilter { Type = type, Page = page, PageSize = PageSize }, ct);
            all.AddRange(batch.Items);
            if (batch.Items.Count < PageSize || all.Count >= batch.Total)
                return all;
        }
    }
}
