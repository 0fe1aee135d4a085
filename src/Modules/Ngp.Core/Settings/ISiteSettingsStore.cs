namespace Ngp.Core.Settings;

public interface ISiteSettingsStore
{
    Task<SiteSettings> GetAsync(CancellationToken ct = default);

    /// <summary>Stages the new settings in the current unit of work; the caller saves.</summary>
    Task SetAsync(SiteSettings settings, CancellationToken ct = default);
}
