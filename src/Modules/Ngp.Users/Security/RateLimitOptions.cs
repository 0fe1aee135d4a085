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
