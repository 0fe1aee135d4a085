using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ngp.Core.Tenancy;
using Ngp.Notifications.Data;

namespace Ngp.Notifications.Sending;

/// <summary>Sends a leased batch through one SMTP connection, recording each message's outcome as soon as the server answers.</summary>
public sealed class SmtpTransport(EmailComposer composer, IOptions<NotificationOptions> options, ILogger<SmtpTransport> logger)
{
    /// <summary>Returns how many messages the server accepted; the rest are recorded to retry, or dead on a 5xx answer.</summary>
    public async Task<int> DeliverAsync(TenantDescriptor tenant, SmtpEndpoint endpoint, List<EmailMessage> batch, EmailOutcomes outcomes, CancellationToken ct)
    {
        var accepted = 0;
        using var client = new SmtpClient { Timeout = options.Value.SmtpTimeoutSeconds * 1000 };
        var index = 0;
        try
        {
            await ConnectAsync(client, endpoint, ct);
            for (; index < batch.Count; index++)
            {
                // Stopping happens between messages: a message the server is receiving is finished and recorded.
                if (ct.IsCancellationRequested)
                    break;
                var message = batch[index];
                try
                {
                    await client.SendAsync(composer.Compose(message, endpoint.SenderName, endpoint.SenderAddress), CancellationToken.None);
                    await outcomes.SentAsync(message);
                    accepted++;
                }
                catch (SmtpCommandException e)
                {
                    var error = $"{(int)e.StatusCode} {e.Message}";
                    await (EmailRetryPolicy.IsFinal(e) ? outcomes.DeadAsync(message, error) : outcomes.RetryAsync(message, error));
                    if (!client.IsConnected)
                        await ConnectAsync(client, endpoint, ct);
                }
            }
            await client.DisconnectAsync(quit: true, CancellationToken.None);
        }
        catch (Exception e) when (EmailRetryPolicy.IsTransient(e) && !ct.IsCancellationRequested)
        {
            logger.LogWarning("SMTP {Host}:{Port} failed for tenant {Tenant}: {Error}", endpoint.Host, endpoint.Port, tenant.Name, e.Message);
            for (; index < batch.Count; index++)
                await outcomes.RetryAsync(batch[index], $"{e.GetType().Name}: {e.Message}");
        }
        return accepted;
    }

    private static async Task ConnectAsync(SmtpClient client, SmtpEndpoint endpoint, CancellationToken ct)
    {
        var secure = endpoint.TlsMode switch
        {
            SmtpTlsMode.None => SecureSocketOptions.None,
            SmtpTlsMode.StartTls => SecureSocketOptions.StartTls,
            SmtpTlsMode.SslOnConnect => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.Auto,
        };
        await client.ConnectAsync(endpoint.Host, endpoint.Port, secure, ct);
        if (!string.IsNullOrEmpty(endpoint.UserName) && client.Capabilities.HasFlag(SmtpCapabilities.Authentication))
            await client.AuthenticateAsync(endpoint.UserName, endpoint.Password ?? "", ct);
    }
}
