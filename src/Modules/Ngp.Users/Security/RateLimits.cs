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

    public static RateLimitPartition<string> PerIp(HttpContext context, RateLimitOptions options, IAttemptCounter counter)
    {
        if (!options.Enabled)
            return RateLimitPartition.GetNoLimiter("off");
        var tenant = context.RequestServices.GetService(typeof(ITenantContext)) is ITenantContext { HasTenant: true } t ? t.Tenant.Name : "";
        var key = $"{tenant}|{context.Connection.RemoteIpAddress}";
        if (counter.AcrossNodes)
            return RateLimitPartition.Get(key, k => new SharedWindowLimiter(counter, "ip|" + k, options.PerIpPermitLimit, TimeSpan.FromSeconds(options.WindowSeconds)));
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.PerIpPermitLimit,
            Window = TimeSpan.FromSeconds(options.WindowSeconds),
            QueueLimit = 0,
        });
    }
}

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
