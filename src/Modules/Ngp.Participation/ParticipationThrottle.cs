using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Ngp.Participation;

/// <summary>Per-account limits of comments and votes (per tenant), so one account cannot flood a thread or hammer the vote.</summary>
public sealed class ParticipationThrottle : IDisposable
{
    public const string CommentMessage = "Vous avez écrit beaucoup de commentaires en peu de temps : patientez une minute avant de recommencer.";
    public const string VoteMessage = "Trop de votes en peu de temps : patientez une minute avant de recommencer.";

    private readonly PartitionedRateLimiter<string> _comments;
    private readonly PartitionedRateLimiter<string> _votes;

    public ParticipationThrottle(IOptions<ParticipationOptions> options)
    {
        var o = options.Value;
        _comments = Create(o.CommentsPerMinute);
        _votes = Create(o.VotesPerMinute);
    }

    public bool TryComment(string tenant, string userId) => TryAcquire(_comments, tenant, userId);

    public bool TryVote(string tenant, string userId) => TryAcquire(_votes, tenant, userId);

    public void Dispose()
    {
        _comments.Dispose();
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
