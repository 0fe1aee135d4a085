using System.Globalization;
using Ngp.Core;
using Ngp.Core.Tenancy;

namespace Ngp.Contents.Definitions;

/// <summary>
/// Each tenant's content type definitions, shared by its requests: every content page, vote and comment needs them,
/// and reading and parsing them all on each request was a visible part of a vote's cost. A save in this process
/// shows at once, and so does a save on another web node, announced through <see cref="CacheSignals"/> (within
/// <see cref="Lifetime"/> if the announcement is lost). Keyed by the tenant's creation time too, so an agency removed
/// and created again under the same name never sees the old one's types.
/// </summary>
public sealed class ContentDefinitionCache
{
    public const string Cache = "content-types";

    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly ChangeTrackedCache<(string Tenant, DateTimeOffset Created), Dictionary<string, ContentTypeDefinition>> _definitions;
    private readonly CacheSignals _signals;

    public ContentDefinitionCache(TimeProvider clock, CacheSignals signals)
    {
        _definitions = new(clock, Lifetime);
        _signals = signals;
        signals.Subscribe(Cache, Heard);
    }

    public void Changed(TenantDescriptor tenant)
    {
        _definitions.Changed((tenant.Name, tenant.CreatedUtc));
        _signals.Announce(Cache, tenant.Name, tenant.CreatedUtc.UtcTicks.ToString(CultureInfo.InvariantCulture));
    }

    public Task<Dictionary<string, ContentTypeDefinition>> GetOrLoadAsync(
        TenantDescriptor tenant, Func<CancellationToken, Task<Dictionary<string, ContentTypeDefinition>>> load, CancellationToken ct) =>
        _definitions.GetOrComputeAsync((tenant.Name, tenant.CreatedUtc), load, ct);

    private ValueTask Heard(CacheSignal signal)
    {
        if (long.TryParse(signal.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var created) && created <= DateTimeOffset.MaxValue.UtcTicks)
            _definitions.Changed((signal.Tenant, new DateTimeOffset(created, TimeSpan.Zero)));
        else
            _definitions.ForgetAll();
        return ValueTask.CompletedTask;
    }
}
