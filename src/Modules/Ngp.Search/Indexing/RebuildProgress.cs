namespace Ngp.Search.Indexing;

/// <summary>Where a rebuild stands, for the admin's progress page.</summary>
public sealed record RebuildProgress(int Done, int Total, bool Finished, string? Error, DateTimeOffset StartedUtc);
