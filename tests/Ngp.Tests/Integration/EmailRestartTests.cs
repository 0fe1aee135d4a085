using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Notifications;
using Ngp.Notifications.Data;
using Ngp.Notifications.Sending;
using Ngp.Tenants;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration;

/// <summary>The process stops in the middle of a batch; the next one, on the same data, finishes the job.</summary>
public sealed class EmailRestartTests
{
    [Fact]
    public async Task SenderStoppedMidBatch_RestartedOnSameData_NoLossNoDuplicate()
    {
        await using var smtp = new TestSmtpServer();
        await smtp.StartAsync();
        var recipients = Enumerable.Range(1, 12).Select(i => $"habitant{i}@exemple.test").ToArray();
        string dataPath;
        string agencyName;
        var first = new NotificationSqliteFactory { KeepData = true };
        try
        {
            var agency = await first.CreateAgencyAsync();
            agencyName = agency.Name;
            dataPath = first.DataPath;
            await agency.UseSmtpAsync(smtp.Port);
            await agency.NotifyAsync(new Notice { Event = "MeetingClosed", Title = "Synthèse de la réunion" }, new Audience { Emails = recipients });

            // The host stops while the fifth message is being received.
            using var stopping = new CancellationTokenSource();
            smtp.OnStored = count =>
            {
                if (count == 5)
                    stopping.Cancel();
            };
            var sent = await first.Services.GetRequiredService<EmailDispatcher>().SendDueAsync(agency.Tenant, stopping.Token);
            smtp.OnStored = null;
            Assert.Equal(5, sent);
            Assert.Equal(5, smtp.Received.Count);
        }
        finally
        {
            await first.DisposeAsync();
        }

        await using var second = new NotificationSqliteFactory { DataPath = dataPath };
        var tenant = second.Services.GetRequiredService<TenantRegistry>().Find(agencyName)!;
        var again = new Agency(second, tenant);
        await again.SendMailAsync();

        Assert.Equal(recipients.Order(), smtp.Received.Select(m => m.To.Mailboxes.Single().Address).Order());
        Assert.All(await again.OutboxAsync(), m => Assert.Equal(EmailStatus.Sent, m.Status));
    }
}
