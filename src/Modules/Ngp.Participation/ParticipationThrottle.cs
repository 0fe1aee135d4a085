using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Ngp.Participation;

/// <summary>Per-account limit of votes (per tenant), so one account cannot hammer the vote.</summary>
public sealed class ParticipationThrottle : IDisposable
{
    public const string VoteMessage = "Trop de votes en peu de temps : patientez une minute avant de recommencer.";

    private readonly PartitionedRateLimiter<string> _votes;

    public ParticipationThrottle(IOptions<ParticipationOptions> options)
    {
        var o = options.Value;
        _votes = Create(o.VotesPerMinute);
    }

    public bool TryVote(string tenant, string userId) => TryAcquire(_votes, tenant, userId);

    public void Dispose()
    {
        _votes.Dispose();
    }

    private static bool TryAcquire(PartitionedRateLimiter<string> limiter, string tenant, string userId)
    {
        using var lease = limiter.AttemptAcquire(tenant + "|" + userId);
        return lease.IsAcquired;
    }

    private static PartitionedRateLimiter<string> Create(int permits) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));
}
