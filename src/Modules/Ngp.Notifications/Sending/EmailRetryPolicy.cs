using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace Ngp.Notifications.Sending;

/// <summary>
/// When a failed e-mail is tried again: transient failures (connection refused, timeouts, 4xx) back off exponentially
/// with jitter up to the last attempt; a 5xx answer is final at once.
/// </summary>
public sealed class EmailRetryPolicy(IOptions<NotificationOptions> options)
{
    private readonly NotificationOptions _options = options.Value;

    /// <summary>Whether a message that failed <paramref name="attempts"/> times is given up.</summary>
    public bool GivesUpAfter(int attempts) => attempts >= _options.MaxAttempts;

    /// <summary>Base × 2^(attempt−1), capped, times a random factor in [0.5, 1.5) so retries of many messages spread out.</summary>
    public TimeSpan Backoff(int attempt)
    {
        var exponential = _options.RetryBaseDelay.TotalSeconds * Math.Pow(2, Math.Min(attempt - 1, 20));
        var capped = Math.Min(exponential, _options.RetryMaxDelay.TotalSeconds);
        return TimeSpan.FromSeconds(capped * (0.5 + Random.Shared.NextDouble()));
    }

    /// <summary>A 5xx answer refuses the message itself; any other SMTP answer or connection failure may pass later.</summary>
    public static bool IsFinal(SmtpCommandException e) => (int)e.StatusCode >= 500;

    /// <summary>A failure of the connection or the server, after which the rest of the batch is tried again later.</summary>
    public static bool IsTransient(Exception e) =>
        e is SocketException or IOException or SmtpProtocolException or SmtpCommandException or TimeoutException
            or ServiceNotConnectedException or SslHandshakeException or AuthenticationException or OperationCanceledException;
}
