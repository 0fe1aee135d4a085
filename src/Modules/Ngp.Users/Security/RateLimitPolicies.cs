using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Ngp.Core.Tenancy;

namespace Ngp.Users.Security;

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
