using System.Diagnostics;
using System.Threading.RateLimiting;

namespace Ngp.Users.Security;

/// <summary>
/// The per-address limit of the authentication endpoints as ASP.NET Core's rate limiter asks for it, counted by an
/// <see cref="IAttemptCounter"/> shared by every web node. The count is a database round trip, so it is only done in
/// <see cref="AcquireAsyncCore"/>: the middleware asks there when <see cref="AttemptAcquireCore"/> gives nothing.
/// </summary>
public sealed class SharedWindowLimiter(IAttemptCounter counter, string key, int limit, TimeSpan window) : RateLimiter
{
    private long _lastUsed = Stopwatch.GetTimestamp();

    public override TimeSpan? IdleDuration => Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastUsed));

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => Lease.Refused;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _lastUsed, Stopwatch.GetTimestamp());
        return await counter.TryCountAsync(key, limit, window, cancellationToken) ? Lease.Granted : Lease.Refused;
    }

    private sealed class Lease(bool acquired) : RateLimitLease
    {
        public static readonly Lease Granted = new(true);

        public static readonly Lease Refused = new(false);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
