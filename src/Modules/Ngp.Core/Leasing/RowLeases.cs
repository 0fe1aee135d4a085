using Microsoft.EntityFrameworkCore;

namespace Ngp.Core.Leasing;

/// <summary>
/// Taking, renewing and releasing leases on rows with one conditional UPDATE each. The condition is part of the
/// UPDATE: PostgreSQL re-checks it on a row another transaction has just leased, and SQLite runs writers one at a time,
/// so only one process wins each row.
/// </summary>
public static class RowLeases
{
    /// <summary>The rows whose lease is free or has expired at <paramref name="nowTicks"/>.</summary>
    public static IQueryable<T> WhereLeaseFree<T>(this IQueryable<T> rows, long nowTicks) where T : class, ILeasedRow =>
        rows.Where(r => r.LeaseOwner == null || r.LeaseUntilTicks < nowTicks);

    /// <summary>The rows whose lease is free, expired, or already held by <paramref name="owner"/> (a renewal).</summary>
    public static IQueryable<T> WhereLeaseFreeOrHeldBy<T>(this IQueryable<T> rows, string owner, long nowTicks) where T : class, ILeasedRow =>
        rows.Where(r => r.LeaseOwner == null || r.LeaseOwner == owner || r.LeaseUntilTicks < nowTicks);

    /// <summary>The rows <paramref name="owner"/> holds.</summary>
    public static IQueryable<T> WhereLeaseHeldBy<T>(this IQueryable<T> rows, string owner) where T : class, ILeasedRow =>
        rows.Where(r => r.LeaseOwner == owner);

    /// <summary>Leases the rows (already filtered with the lease condition) to <paramref name="owner"/>; returns how many it took.</summary>
    public static Task<int> TakeLeaseAsync<T>(this IQueryable<T> rows, string owner, long untilTicks, CancellationToken ct) where T : class, ILeasedRow =>
        rows.ExecuteUpdateAsync(s => s.SetProperty(r => r.LeaseOwner, owner).SetProperty(r => r.LeaseUntilTicks, untilTicks), ct);

    /// <summary>Frees the rows <paramref name="owner"/> holds; returns how many were still held.</summary>
    public static Task<int> ReleaseLeaseAsync<T>(this IQueryable<T> rows, string owner, CancellationToken ct) where T : class, ILeasedRow =>
        rows.WhereLeaseHeldBy(owner).ExecuteUpdateAsync(s => s.SetProperty(r => r.LeaseOwner, (string?)null).SetProperty(r => r.LeaseUntilTicks, 0L), ct);
}
