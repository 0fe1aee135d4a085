namespace Ngp.Search.Indexing;

/// <summary>What the admin shows of an index.</summary>
public sealed record IndexStatus(int Documents, long LastTaskId, long LatestTaskId, DateTimeOffset? LatestTaskUtc, string Generation)
{
    /// <summary>Tasks of the log not yet applied to this node's index.</summary>
    public long Lag => Math.Max(0, LatestTaskId - LastTaskId);
}
