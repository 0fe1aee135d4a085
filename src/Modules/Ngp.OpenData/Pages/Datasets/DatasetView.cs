using Ngp.Core.OpenData;

namespace Ngp.OpenData.Pages.Datasets;

/// <summary>A dataset as the page shows it: whether this site has its own rows, whether all agencies' are offered, and when each last changed.</summary>
public sealed record DatasetView(IOpenDataset Dataset, bool Own, DateTimeOffset? Modified, bool AllAgencies, DateTimeOffset? AllAgenciesModified);
