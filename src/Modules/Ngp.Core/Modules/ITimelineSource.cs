namespace Ngp.Core.Modules;

/// <summary>
/// Dated entries a module adds to the timeline of a content item's public page (a project's meetings and their
/// syntheses), so that the module rendering the page shows them without reading the other module's tables.
/// Register it as scoped; every source is asked and the entries are shown in date order.
/// </summary>
public interface ITimelineSource
{
    /// <summary>Only what anonymous visitors may see: published items, with their public link.</summary>
    Task<IReadOnlyList<TimelineEntry>> EntriesAsync(string contentItemId, CancellationToken ct = default);
}
