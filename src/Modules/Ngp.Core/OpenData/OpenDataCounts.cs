namespace Ngp.Core.OpenData;

/// <summary>
/// Counts in a cell that could single someone out (the voters of one building): from 1 to 4 they are shown as
/// « &lt; 5 », as statistical offices do, so that nobody's choice can be told from a small group's figure.
/// </summary>
public static class OpenDataCounts
{
    public const string Hidden = "< 5";

    public const int Threshold = 5;

    /// <summary>The count itself at 0 and from 5, <see cref="Hidden"/> from 1 to 4.</summary>
    public static object Protect(int count) => count is > 0 and < Threshold ? Hidden : count;

    /// <summary>
    /// A count within a group (a building's voters): every cell of a group of fewer than 5 is hidden, zeros too,
    /// since « 0 » beside « &lt; 5 » would tell that all of them chose the same.
    /// </summary>
    public static object Protect(int count, int groupSize) => groupSize is > 0 and < Threshold ? Hidden : Protect(count);
}
