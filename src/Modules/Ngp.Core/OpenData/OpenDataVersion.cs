namespace Ngp.Core.OpenData;

/// <summary>
/// The state of a dataset's rows: <paramref name="ModifiedUtc"/> is their last change (null while there is none) and
/// <paramref name="Fingerprint"/> any text that changes with them, removals included (counts, sums of version ids).
/// </summary>
public sealed record OpenDataVersion(DateTimeOffset? ModifiedUtc, string Fingerprint)
{
    /// <summary>The state of several sources together: the latest change, the fingerprints joined.</summary>
    public static OpenDataVersion Combine(params OpenDataVersion[] parts) =>
        new(parts.Max(p => p.ModifiedUtc), string.Join("|", parts.Select(p => p.Fingerprint)));
}
