using System.ComponentModel.DataAnnotations;

namespace Ngp.Notifications;

/// <summary><c>Ngp:Notifications:*</c>: how the sender and the digests run.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Ngp:Notifications";

    /// <summary>Runs the background sender and digest job; tests turn it off to drive them by hand.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Address of the site in e-mail links when no request tells it (a background job): <c>https://participation.example.org</c>.</summary>
    public string? PublicBaseUrl { get; set; }

    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;

    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>First back-off after a transient failure; doubled at each attempt, with ±50 % jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How long a sender owns the messages it took; another process takes them over after that.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>E-mails a tenant may send per minute (SMTP providers throttle or block beyond their quota).</summary>
    [Range(1, 1_000_000)]
    public int RatePerMinute { get; set; } = 600;

    /// <summary>Local hour (Europe/Paris) of the daily digest.</summary>
    [Range(0, 23)]
    public int DigestHour { get; set; } = 7;

    /// <summary>Day of the weekly digest, at <see cref="DigestHour"/>.</summary>
    public DayOfWeek WeeklyDigestDay { get; set; } = DayOfWeek.Monday;

    public string DigestTimeZone { get; set; } = "Europe/Paris";

    /// <summary>Seconds a single SMTP command may take before the batch is treated as a transient failure.</summary>
    [Range(1, 600)]
    public int SmtpTimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// How long a sent e-mail keeps its bodies and unsubscribe link; after it only the delivery history stays (recipient,
    /// subject, kind, status, dates). Digest entries already sent in a digest go after the same time.
    /// </summary>
    public TimeSpan SentEmailRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long an in-app notification its reader has read is kept (from its creation); unread ones stay.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(180);

    /// <summary>How often each node applies <see cref="SentEmailRetention"/> and <see cref="Retention"/>.</summary>
    public TimeSpan RetentionInterval { get; set; } = TimeSpan.FromHours(1);
}
