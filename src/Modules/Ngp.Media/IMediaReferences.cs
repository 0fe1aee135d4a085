namespace Ngp.Media;

/// <summary>
/// A module whose data may name the tenant's stored images (<c>media/yyyy/MM/&lt;id&gt;/…</c> in a content item, say):
/// the clean-up deletes an image only when no registered source uses it, and nothing at all when none is registered.
/// </summary>
public interface IMediaReferences
{
    /// <summary>The ids (<c>yyyy/MM/&lt;32 hex&gt;</c>) of the images the module's data of the current tenant names.</summary>
    Task<IReadOnlySet<string>> UsedMediaIdsAsync(CancellationToken ct);
}
