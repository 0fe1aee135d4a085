using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Ngp.Comments;

/// <summary>Per-account limit of comments (per tenant), so one account cannot flood a thread.</summary>
public sealed class CommentsThrottle : IDisposable
{
    public const string Message = "Vous avez écrit beaucoup de commentaires en peu de temps : patientez une minute avant de recommencer.";

    private readonly PartitionedRateLimiter<string> _comments;

    public CommentsThrottle(IOptions<CommentsOptions> options)
    {
        var permits = Math.Max(1, options.Value.CommentsPerMinute);
        _comments = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));
    }

    public bool TryComment(string tenant, string userId)
    {
        using var lease = _comments.AttemptAcquire(tenant + "|" + userId);
        return lease.IsAcquired;
    }

    public void Dispose() => _comments.Dispose();
}
