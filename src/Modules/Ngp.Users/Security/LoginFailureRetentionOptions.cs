namespace Ngp.Users.Security;

/// <summary><c>Ngp:Users:LoginFailureRetention</c> and <c>RetentionInterval</c>: how long a finished lock-out of an address without account is kept.</summary>
public sealed class LoginFailureRetentionOptions
{
    public const string Section = "Ngp:Users";

    /// <summary>After its lock-out ended this long ago, an address's failure record (a hash of the address) goes.</summary>
    public TimeSpan LoginFailureRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often each node applies <see cref="LoginFailureRetention"/>.</summary>
    public TimeSpan RetentionInterval { get; set; } = TimeSpan.FromHours(1);
}
