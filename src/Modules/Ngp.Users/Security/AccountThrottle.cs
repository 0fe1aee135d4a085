using Microsoft.Extensions.Options;

namespace Ngp.Users.Security;

/// <summary>Counts attempts per account and tenant, whatever address (and, on PostgreSQL, whatever web node) they come from.</summary>
public sealed class AccountThrottle(IAttemptCounter counter, IOptions<RateLimitOptions> options)
{
    private readonly RateLimitOptions _options = options.Value;

    public const string Message = "Trop de tentatives pour ce compte : patientez une minute avant de réessayer.";

    /// <summary>True when one more attempt for this account is allowed now.</summary>
    public async ValueTask<bool> TryAcquireAsync(string tenant, string? email, CancellationToken ct)
    {
        if (!_options.Enabled)
            return true;
        return await counter.TryCountAsync($"account|{tenant}|{(email ?? "").Trim().ToLowerInvariant()}", _options.PerAccountPermitLimit, TimeSpan.FromSeconds(_options.WindowSeconds), ct);
    }
}
