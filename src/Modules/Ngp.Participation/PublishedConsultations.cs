using Microsoft.Extensions.Caching.Memory;
using Ngp.Core.Web;

namespace Ngp.Participation;

/// <summary>Parsed published consultations of every tenant, by published version (see <see cref="ParticipationItems.PublishedConsultationAsync"/>).</summary>
public sealed class PublishedConsultations : IDisposable
{
    private readonly MemoryCache _read = new(new MemoryCacheOptions { SizeLimit = 2_000 });

    /// <summary>The tenant's creation time keeps an agency removed and created again under the same name from its predecessor's versions.</summary>
    public sealed record Key(string Tenant, DateTimeOffset TenantCreated, long VersionId, DateTimeOffset ModifiedUtc);

    public PublishedConsultation? Find(Key key) => _read.TryGetValue(key, out PublishedConsultation? read) ? read : null;

    public void Add(Key key, PublishedConsultation read) =>
        _read.Set(key, read, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) });

    /// <summary>How long a node trusts what it read of which version is published, when it has not published anything since.</summary>
    public static readonly TimeSpan CurrentLifetime = TimeSpan.FromSeconds(2);

    /// <summary>An item's published consultation as read when the tenant's <see cref="PublicContentChanges"/> count was <c>Generation</c>.</summary>
    public sealed record CurrentKey(string Tenant, DateTimeOffset TenantCreated, string ItemId, long Generation);

    public PublishedConsultation? FindCurrent(CurrentKey key) => _read.TryGetValue(key, out PublishedConsultation? read) ? read : null;

    public void KeepCurrent(CurrentKey key, PublishedConsultation read) =>
        _read.Set(key, read, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = CurrentLifetime });

    public void Dispose() => _read.Dispose();
}
