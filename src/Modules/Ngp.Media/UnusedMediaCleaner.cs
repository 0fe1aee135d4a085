using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ngp.Core.Tenancy;
using Ngp.Media.Storage;

namespace Ngp.Media;

/// <summary>
/// Deletes the images that no content uses any more (an item deleted, an image replaced, an upload never saved), once
/// they are older than <see cref="MediaOptions.UnusedGracePeriod"/>, as told by every <see cref="IMediaReferences"/>.
/// A deleted image is gone for every node (its rows, or its files); each node also drops its own cached copies.
/// </summary>
public sealed partial class UnusedMediaCleaner(
    IRunningTenants tenants,
    ITenantScopeFactory scopes,
    IOptions<MediaOptions> options,
    TimeProvider clock,
    ILogger<UnusedMediaCleaner> logger)
    // System clock for the interval: a test moving its own clock runs the pass itself.
    : PeriodicTenantJob(tenants, TimeProvider.System, logger)
{
    protected override TimeSpan Interval => options.Value.CleanupInterval;

    protected override string Description => "Deleting unused images";

    protected override bool RunsAtStart => false;

    /// <summary>Deletes the tenant's unused images past the grace period; returns how many.</summary>
    public override async Task<int> RunOnceAsync(TenantDescriptor tenant, CancellationToken ct)
    {
        await using var scope = scopes.CreateScope(tenant);
        var services = scope.ServiceProvider;
        var backend = services.GetRequiredService<IMediaBackend>();
        var sources = services.GetServices<IMediaReferences>().ToList();
        var deleted = 0;
        if (sources.Count > 0)
        {
            var before = clock.GetUtcNow() - options.Value.UnusedGracePeriod;
            var candidates = (await backend.ListAsync(ct)).Where(m => m.StoredUtc < before).Select(m => m.Id).ToList();
            if (candidates.Count > 0)
            {
                var used = new HashSet<string>(StringComparer.Ordinal);
                foreach (var source in sources)
                    used.UnionWith(await source.UsedMediaIdsAsync(ct));
                foreach (var id in candidates.Where(id => !used.Contains(id)))
                {
                    await backend.DeleteAsync(id, ct);
                    LogDeleted(id, tenant.Name);
                    deleted++;
                }
            }
        }
        await backend.PruneLocalAsync(ct);
        return deleted;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted image {MediaId} of tenant {Tenant}: no content uses it")]
    private partial void LogDeleted(string mediaId, string tenant);
}
