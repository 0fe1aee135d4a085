namespace Ngp.Core.Web;

public interface IPublicPageCache
{
    /// <summary>Forgets the current tenant's cached public pages; the next visitor gets them fresh.</summary>
    ValueTask InvalidateAsync(CancellationToken ct = default);

    /// <summary>Forgets the current tenant's cached pages that show this item (<see cref="PublicPageCacheNames.Shows"/>).</summary>
    ValueTask InvalidateItemAsync(string itemId, CancellationToken ct = default);
}
