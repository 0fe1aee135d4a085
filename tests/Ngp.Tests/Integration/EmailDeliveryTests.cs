using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Notifications;
using Ngp.Notifications.Data;
using Ngp.Notifications.Sending;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration;

/// <summary>The outbox against a real SMTP server on 127.0.0.1: headers, failures, retries, leases.</summary>
public abstract class EmailDeliveryTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : NgpFactory, INotificationFactory
{
    private static Notice NoticeOf(string title, string? text = null) =>
        new() { Event = "ProjectPhaseChanged", Title = title, Text = text, Url = "projets/residence-les-tilleuls" };

    [SkippableFact]
    public async Task ImmediateNotice_ToResident_ArrivesWithBothPartsAndUnsubscribeHeaders()
    {
        await using var smtp = new TestSmtpServer();
        await smtp.StartAsync();
        var agency = await factory.CreateAgencyAsync();
        await agency.UseSmtpAsync(smtp.Port);
        var resident = await agency.CreateResidentAsync();
        await resident.SetFrequencyAsync("immediate");
        var id = await agency.UserIdAsync(resident.Email);

        Assert.Equal(1, await agency.NotifyAsync(NoticeOf("Le projet passe en phase travaux", "Les travaux commencent lundi."), Audience.Users(id)));
        Assert.Empty(smtp.Received); // queued, never sent inside the call
        await agency.SendMailAsync();

        var message = Assert.Single(smtp.To(resident.Email));
        Assert.Equal("Le projet passe en phase travaux", message.Subject);
        Assert.Equal("ne-pas-repondre@agence.test", message.From.Mailboxes.Single().Address);
        Assert.Contains("Les travaux commencent lundi.", message.TextBody);
        Assert.Contains("Les travaux commencent lundi.", message.HtmlBody);
        Assert.Contains("/projets/residence-les-tilleuls", message.HtmlBody);
        var unsubscribe = message.Headers["List-Unsubscribe"];
        Assert.Matches("^<https?://[^>]+/notifications/desabonnement\\?jeton=[^>]+>$", unsubscribe);
        Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
        Assert.Contains("/compte/notifications", message.TextBody);
        Assert.Equal(EmailStatus.Sent, Assert.Single(await agency.OutboxAsync()).Status);
    }

    [SkippableFact]
    public async Task ServerDown_ThenUp_EveryMessageDeliveredExactlyOnce()
    {
        var smtp = new TestSmtpServer();
        var agency = await factory.CreateAgencyAsync();
        await agency.UseSmtpAsync(smtp.Port);
        var recipients = Enumerable.Range(1, 5).Select(i => $"voisin{i}@exemple.test").ToArray();
        await agency.NotifyAsync(NoticeOf("Réunion publique jeudi"), new Audience { Emails = recipients });

        await agency.SendMailAsync(); // nobody listens: connection refused
        var failed = await agency.OutboxAsync();
        Assert.All(failed, m => Assert.Equal(EmailStatus.Retrying, m.Status));
        Assert.All(failed, m => Assert.Equal(1, m.Attempts));
        Assert.All(failed, m => Assert.False(string.IsNullOrEmpty(m.LastError)));

        await smtp.StartAsync();
        await agency.SendMailAsync(); // the back-off has not elapsed: still waiting
        Assert.Empty(smtp.Received);

        factory.Clock.Advance(TimeSpan.FromMinutes(10));
        await agency.SendMailAsync();
        await agency.SendMailAsync();
        Assert.Equal(recipients.Order(), smtp.Received.Select(m => m.To.Mailboxes.Single().Address).Order());
        Assert.All(await agency.OutboxAsync(), m => Assert.Equal(EmailStatus.Sent, m.Status));
        await smtp.DisposeAsync();
    }

    [SkippableFact]
    public async Task ConnectionDroppedBeforeTheServersAnswer_MessageSentAgain_WithTheSameMessageId()
    {
        await using var smtp = new TestSmtpServer { DropAfterStoring = 1 };
        await smtp.StartAsync();
        var agency = await factory.CreateAgencyAsync();
        await agency.UseSmtpAsync(smtp.Port);
        await agency.NotifyAsync(NoticeOf("Réunion publique jeudi"), new Audience { Emails = ["voisin@exemple.test"] });

        await agency.SendMailAsync(); // stored, but the « 250 » never came: the sender must try again
        Assert.Equal(EmailStatus.Retrying, Assert.Single(await agency.OutboxAsync()).Status);
        factory.Clock.Advance(TimeSpan.FromMinutes(10));
        await agency.SendMailAsync();

        // SMTP cannot avoid the second copy; one Message-ID lets mail clients fold them into one.
        var copies = smtp.To("voisin@exemple.test");
        Assert.Equal(2, copies.Count);
        Assert.False(string.IsNullOrEmpty(copies[0].MessageId));
        Assert.Equal(copies[0].MessageId, copies[1].MessageId);
        var sent = Assert.Single(await agency.OutboxAsync());
        Assert.Equal((EmailStatus.Sent, 2), (sent.Status, sent.Attempts));
    }

    [SkippableFact]
    public async Task RecipientRefusedWith550_IsDeadAtOnce_OthersDelivered()
    {
        await using var smtp = new TestSmtpServer();
        smtp.Refused["inconnu@exemple.test"] = true;
        await smtp.StartAsync();
        var agency = await factory.CreateAgencyAsync();
        await agency.UseSmtpAsync(smtp.Port);
        await agency.NotifyAsync(NoticeOf("Synthèse publiée"), new Audience { Emails = ["avant@exemple.test", "inconnu@exemple.test", "apres@exemple.test"] });

        await agency.SendMailAsync();

        var outbox = await agency.OutboxAsync();
        var dead = Assert.Single(outbox, m => m.Recipient == "inconnu@exemple.test");
        Assert.Equal(EmailStatus.Dead, dead.Status);
        Assert.Equal(1, dead.Attempts);
        Assert.Contains("550", dead.LastError);
        Assert.Equal(["apres@exemple.test", "avant@exemple.test"], smtp.Received.Select(m => m.To.Mailboxes.Single().Address).Order());
        factory.Clock.Advance(TimeSpan.FromHours(3));
        await agency.SendMailAsync();
        Assert.Equal(2, smtp.Received.Count); // dead means no retry
    }

    [SkippableFact]
    public async Task TwoSenders_OnOneDatabase_NeverSendTheSameMessageTwice()
    {
        await using var smtp = new TestSmtpServer { Delay = TimeSpan.FromMilliseconds(3) };
        await smtp.StartAsync();
        var agency = await factory.CreateAgencyAsync();
        await agency.UseSmtpAsync(smtp.Port);
        var recipients = Enumerable.Range(1, 60).Select(i => $"locataire{i}@exemple.test").ToArray();
        await agency.NotifyAsync(NoticeOf("Consultation ouverte"), new Audience { Emails = recipients });

        var first = ActivatorUtilities.CreateInstance<EmailDispatcher>(factory.Services, "noeud-a");
        var second = ActivatorUtilities.CreateInstance<EmailDispatcher>(factory.Services, "noeud-b");
        await Task.WhenAll(Task.Run(() => first.DrainAsync(agency.Tenant)), Task.Run(() => second.DrainAsync(agency.Tenant)));

        var delivered = smtp.Received.Select(m => m.To.Mailboxes.Single().Address).ToList();
        var outbox = await agency.OutboxAsync();
        Assert.True(recipients.Length == delivered.Count,
            $"{delivered.Count} delivered; not sent: {string.Join("; ", outbox.Where(m => m.Status != EmailStatus.Sent).Select(m => $"{m.Recipient} {m.Status} {m.LastError}"))}");
        Assert.Equal(recipients.Order(), delivered.Order());
        Assert.All(outbox, m => Assert.Equal((EmailStatus.Sent, 1), (m.Status, m.Attempts)));
    }

    [SkippableFact]
    public async Task AgencyWithoutServer_UsesTheHeadOfficeServer()
    {
        await using var smtp = new TestSmtpServer();
        await smtp.StartAsync();
        await using (var scope = factory.Services.GetRequiredService<Ngp.Core.Tenancy.ITenantScopeFactory>().CreateScope(factory.HeadOffice))
        {
            var saved = await scope.ServiceProvider.GetRequiredService<SmtpSettingsStore>().SaveAsync(
                new SmtpSettingsInput("127.0.0.1", smtp.Port, SmtpTlsMode.None, "siege", "Mot-de-passe-SMTP", "Siège", "siege@bailleur.test"), CancellationToken.None);
            Assert.True(saved.IsOk);
        }
        try
        {
            var agency = await factory.CreateAgencyAsync();
            await agency.NotifyAsync(NoticeOf("Message de l'agence"), new Audience { Emails = ["habitant@exemple.test"] });
            await agency.SendMailAsync();
            var message = Assert.Single(smtp.To("habitant@exemple.test"));
            Assert.Equal("siege@bailleur.test", message.From.Mailboxes.Single().Address);
        }
        finally
        {
            await using var scope = factory.Services.GetRequiredService<Ngp.Core.Tenancy.ITenantScopeFactory>().CreateScope(factory.HeadOffice);
            await scope.ServiceProvider.GetRequiredService<SmtpSettingsStore>().SaveAsync(
                new SmtpSettingsInput(null, 587, SmtpTlsMode.Auto, null, null, null, null, ClearPassword: true), CancellationToken.None);
        }
    }
}

public sealed class EmailDeliveryTestsOnSqlite(NotificationSqliteFactory factory) : EmailDeliveryTests<NotificationSqliteFactory>(factory);

public sealed class EmailDeliveryTestsOnPostgres(NotificationPostgresFactory factory) : EmailDeliveryTests<NotificationPostgresFactory>(factory);
