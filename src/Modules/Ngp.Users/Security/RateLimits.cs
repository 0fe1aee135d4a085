using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Ngp.Core.Tenancy;

namespace Ngp.Users.Security;

/// <summary>The <c>Ngp:RateLimits</c> settings. <c>Enabled=false</c> is for load tests only.</summary>
public sealed class RateLimitOptions
{
    public bool Enabled { get; set; } = true;

    public int WindowSeconds { get; set; } = 60;

    /// <summary>Logins, registrations and token requests per address and window. Generous: a housing estate can share one address.</summary>
    public int PerIpPermitLimit { get; set; } = 300;

    /// <summary>Logins, registrations and token requests per account (e-mail) and window.</summary>
    public int PerAccountPermitLimit { get; set; } = 10;
}

public static class RateLimitPolicies
{
    /// <summary>The per-address policy of the login, registration and token endpoints.</summary>
    public const string Authentication = "ngp-authentication";

    public static RateLimitPartition<string> PerIp(HttpContext context, RateLimitOptions options)
    {
        if (!options.Enabled)
            return RateLimitPartition.GetNoLimiter("off");
        var tenant = context.RequestServices.GetService(typeof(ITenantContext)) is ITenantContext { HasTenant: true } t ? t.Tenant.Name : "";
        var key = $"{tenant}|{context.Connection.RemoteIpAddress}";
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.PerIpPermitLimit,
            Window = TimeSpan.FromSeconds(options.WindowSeconds),
            QueueLimit = 0,
        });
    }
}

/// <summary>Counts attempts per account and tenant, whatever address they come from.</summary>
public sealed class AccountThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;
    private readonly RateLimitOptions _options;

    public AccountThrottle(IOptions<RateLimitOptions> options)
    {
        _options = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = _options.PerAccountPermitLimit,
            Window = TimeSpan.FromSeconds(_options.WindowSeconds),
            QueueLimit = 0,
        }));
    }

    public const string Message = "Trop de tentatives pour ce compte : patientez une minute avant de réessayer.";

    /// <summary>True when one more attempt for this account is allowed now.</summary>
    public bool TryAcquire(string tenant, string? email)
    {
        if (!_options.Enabled)
            return true;
        using var lease = _limiter.AttemptAcquire($"{tenant}|{(email ?? "").Trim().ToLowerInvariant()}");
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
