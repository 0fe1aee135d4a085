using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Ngp.Core.Data;
using Ngp.Meetings;
using Ngp.Notifications.Data;
using Ngp.Notifications.Digests;
using Ngp.Tests.Harness;
using Ngp.Workflows.Model;

namespace Ngp.Tests.Integration;

/// <summary>
/// The meeting workflows of the agency recipe, end to end: outbox → workflow runner → notifier → e-mail outbox → a
/// real SMTP server on 127.0.0.1. The demo recipe has meetings and a synthesis of its own, so each test only counts
/// the messages about its own meeting.
/// </summary>
public abstract class MeetingWorkflowTests<TFactory> where TFactory : NgpFactory, INotificationFactory, new()
{
    [SkippableFact]
    public async Task PublishSynthesis_ReachesAttendeesRegisteredFollowersAndStakeholders_EachOnce_ByMailAndInApp()
    {
        await using var scene = await MailingAgency.StartAsync();
        var (smtp, factory, agency, admin) = scene;
        var project = await MeetingsApi.PublishProjectAsync(admin, "Résidence des Érables");
        var meeting = await MeetingsApi.PublishMeetingAsync(admin, "Comité des Érables", factory.Clock.GetUtcNow().AddHours(1), project: project,
            invitedEmails: "partie.prenante@exemple.test");
        var follower = await agency.CreateResidentAsync();
        var attendee = await agency.CreateResidentAsync();
        var both = await agency.CreateResidentAsync();
        foreach (var resident in new[] { follower, attendee, both })
            await resident.SetFrequencyAsync("immediate");
        Assert.True((await follower.Api.PostAsync($"api/v1/content/{project}/follow", null)).IsSuccessStatusCode);
        Assert.True((await both.Api.PostAsync($"api/v1/content/{project}/follow", null)).IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.Created, (await attendee.Api.PostAsync($"api/v1/meetings/{meeting}/registration", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await both.Api.PostAsync($"api/v1/meetings/{meeting}/registration", null)).StatusCode);
        var attendeeId = await agency.UserIdAsync(attendee.Email);
        await agency.SettleAsync();
        await agency.SendMailAsync();
        factory.Clock.Advance(TimeSpan.FromHours(3));

        var synthesis = await scene.PublishSynthesisAsync(meeting, MeetingsApi.Synthesis(attendees: [attendeeId]));
        var url = synthesis.GetProperty("url").GetString()!;
        var aboutIt = smtp.Received.Where(m => Body(m).Contains("/" + url, StringComparison.Ordinal)).ToList();
        string[] expected = [follower.Email, attendee.Email, both.Email, "partie.prenante@exemple.test"];
        Assert.Equal(
            expected.Order(StringComparer.OrdinalIgnoreCase),
            aboutIt.SelectMany(m => m.To.Mailboxes.Select(a => a.Address)).Order(StringComparer.OrdinalIgnoreCase));
        foreach (var address in expected)
        {
            var message = Assert.Single(smtp.To(address), m => Body(m).Contains("/" + url, StringComparison.Ordinal));
            Assert.StartsWith("Synthèse — ", message.Subject ?? "", StringComparison.Ordinal);
            Assert.Contains("Le calendrier est validé.", message.TextBody, StringComparison.Ordinal);
        }

        var synthesisId = synthesis.GetProperty("id").GetString()!;
        var inApp = await agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Set<InAppNotification>().AsNoTracking()
            .Where(n => n.ContentItemId == synthesisId).ToListAsync());
        var residentIds = new[] { await agency.UserIdAsync(follower.Email), attendeeId, await agency.UserIdAsync(both.Email) };
        Assert.Equal(residentIds.Order(), inApp.Select(n => n.UserId).Order());
        Assert.All(inApp, n => Assert.Equal(url, n.Url));
    }

    [SkippableFact]
    public async Task PublishSynthesis_ResidentWhoChoseWeekly_NoEmailNowButInTheWeeklyDigest_ImmediateResidentAndBareAddressAtOnce()
    {
        await using var scene = await MailingAgency.StartAsync();
        var (smtp, factory, agency, admin) = scene;
        const string stakeholder = "amicale.sans.compte@exemple.test";
        var meeting = await MeetingsApi.PublishMeetingAsync(admin, "Comité du Parc", factory.Clock.GetUtcNow().AddHours(1), invitedEmails: stakeholder);
        var weekly = await agency.CreateResidentAsync();
        var immediate = await agency.CreateResidentAsync();
        await weekly.SetFrequencyAsync("weekly");
        await immediate.SetFrequencyAsync("immediate");
        foreach (var resident in new[] { weekly, immediate })
            Assert.Equal(HttpStatusCode.Created, (await resident.Api.PostAsync($"api/v1/meetings/{meeting}/registration", null)).StatusCode);
        await agency.SettleAsync();
        await agency.SendMailAsync();
        factory.Clock.Advance(TimeSpan.FromHours(3));

        var url = (await scene.PublishSynthesisAsync(meeting, MeetingsApi.Synthesis())).GetProperty("url").GetString()!;
        bool AboutIt(MimeMessage m) => Body(m).Contains("/" + url, StringComparison.Ordinal);
        Assert.Single(smtp.To(immediate.Email), AboutIt);
        Assert.Single(smtp.To(stakeholder), AboutIt);
        Assert.DoesNotContain(smtp.To(weekly.Email), AboutIt);

        // The weekly digest goes out on the factory's weekly day at 07:00, Paris time.
        var digestDay = NotificationFactorySetup.NextInParis(factory.Clock.GetUtcNow(), DayOfWeek.Wednesday, hour: 7).AddMinutes(1);
        await factory.Services.GetRequiredService<DigestJob>().RunAsync(agency.Tenant, digestDay, CancellationToken.None);
        await agency.SendMailAsync();
        var digest = Assert.Single(smtp.To(weekly.Email));
        Assert.Contains("cette semaine", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains("Synthèse — Comité du Parc", digest.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Synthèse de la réunion : Synthèse", digest.TextBody, StringComparison.Ordinal);
        Assert.True(AboutIt(digest));
        Assert.Single(smtp.To(immediate.Email), AboutIt); // not a second time in a digest
    }

    [SkippableFact]
    public async Task MeetingEnded_WithoutSynthesis_RemindsTheOrganiserAfter48Hours_ThenTheAdministratorsAfter7Days()
    {
        await using var scene = await MailingAgency.StartAsync();
        var (smtp, factory, agency, admin) = scene;
        var organiserEmail = $"organisatrice@{agency.Name}.test";
        var created = await admin.PostAsJsonAsync("api/v1/users", new { email = organiserEmail, password = NgpFactory.StrongPassword, roles = new[] { "Editor" } });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var organiser = await factory.TokenClientAsync(agency.PathBase, organiserEmail, NgpFactory.StrongPassword);
        await agency.ChooseFrequencyAsync(await agency.UserIdAsync(organiserEmail), "immediate");
        await agency.ChooseFrequencyAsync(await agency.UserIdAsync(NgpFactory.AdminEmail), "immediate");
        var start = factory.Clock.GetUtcNow().AddHours(1);
        var forgotten = await MeetingsApi.PublishMeetingAsync(organiser, "Atelier oublié", start);
        var written = await MeetingsApi.PublishMeetingAsync(organiser, "Atelier bien suivi", start);
        await agency.SettleAsync();

        factory.Clock.Advance(TimeSpan.FromHours(3)); // both meetings have ended
        await factory.Services.GetRequiredService<MeetingEndWatcher>().RunOnceAsync(CancellationToken.None);
        await agency.SettleAsync();
        factory.Clock.Advance(TimeSpan.FromHours(1));
        var closed = await organiser.PostAsJsonAsync($"api/v1/meetings/{written}/close", MeetingsApi.Synthesis());
        Assert.Equal(HttpStatusCode.Created, closed.StatusCode);
        await agency.SettleAsync();

        factory.Clock.Advance(TimeSpan.FromHours(46)); // 47 hours after the end
        await agency.SettleAsync();
        await agency.SendMailAsync();
        Assert.Empty(Reminders(smtp, "Atelier oublié"));

        factory.Clock.Advance(TimeSpan.FromHours(1)); // 48 hours
        await agency.SettleAsync();
        await agency.SendMailAsync();
        var toOrganiser = Assert.Single(Reminders(smtp, "Atelier oublié"));
        Assert.Equal(organiserEmail, toOrganiser.To.Mailboxes.Single().Address);
        Assert.Contains($"/admin/reunions/{forgotten}", toOrganiser.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(smtp.To(NgpFactory.AdminEmail), m => (m.Subject ?? "").Contains("Atelier oublié", StringComparison.Ordinal));

        factory.Clock.Advance(TimeSpan.FromDays(5) - TimeSpan.FromMinutes(1)); // a minute before 7 days
        await agency.SettleAsync();
        await agency.SendMailAsync();
        Assert.Single(Reminders(smtp, "Atelier oublié"));

        factory.Clock.Advance(TimeSpan.FromMinutes(1)); // 7 days after the end
        await agency.SettleAsync();
        await agency.SendMailAsync();
        var reminders = Reminders(smtp, "Atelier oublié");
        Assert.Equal(2, reminders.Count);
        Assert.Single(smtp.To(NgpFactory.AdminEmail), m => (m.Subject ?? "").Contains("Atelier oublié", StringComparison.Ordinal));
        Assert.Single(smtp.To(organiserEmail), m => (m.Subject ?? "").Contains("Atelier oublié", StringComparison.Ordinal));
        // The meeting whose synthesis came in time never produced a reminder, and its instance did not stay stuck.
        Assert.Empty(Reminders(smtp, "Atelier bien suivi"));
        var instances = await agency.InstancesAsync("reunion-terminee-sans-synthese");
        Assert.All(instances.Where(i => i.CorrelationId == forgotten || i.CorrelationId == written), i => Assert.Equal(WorkflowStatus.Finished, i.Status));
        Assert.Equal(2, instances.Count(i => i.CorrelationId == forgotten || i.CorrelationId == written));
    }

    [SkippableFact]
    public async Task PlaceFreed_TellsThePromotedResident_ByMailAndInApp_AndNobodyElse()
    {
        await using var scene = await MailingAgency.StartAsync();
        var (smtp, factory, agency, admin) = scene;
        var meeting = await MeetingsApi.PublishMeetingAsync(admin, "Visite de chantier très demandée", factory.Clock.GetUtcNow().AddDays(2), capacity: 1);
        var first = await agency.CreateResidentAsync();
        var second = await agency.CreateResidentAsync();
        var third = await agency.CreateResidentAsync();
        await second.SetFrequencyAsync("immediate");
        foreach (var resident in new[] { first, second, third })
            Assert.Equal(HttpStatusCode.Created, (await resident.Api.PostAsync($"api/v1/meetings/{meeting}/registration", null)).StatusCode);
        await agency.SettleAsync();
        await agency.SendMailAsync();
        var before = smtp.Received.Count;

        Assert.Equal(HttpStatusCode.NoContent, (await first.Api.DeleteAsync($"api/v1/meetings/{meeting}/registration")).StatusCode);
        await agency.SettleAsync();
        await agency.SendMailAsync();

        var sent = smtp.Received.Skip(before).ToList();
        var message = Assert.Single(sent);
        Assert.Equal(second.Email, message.To.Mailboxes.Single().Address);
        Assert.Contains("Visite de chantier très demandée", message.Subject ?? "", StringComparison.Ordinal);
        var secondId = await agency.UserIdAsync(second.Email);
        var inApp = await agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Set<InAppNotification>().AsNoTracking()
            .Where(n => n.ContentItemId == meeting).ToListAsync());
        Assert.Equal(secondId, Assert.Single(inApp).UserId);
    }

    /// <summary>An agency on a factory of its own whose e-mails reach a test SMTP server; disposing it stops both.</summary>
    private sealed class MailingAgency(TestSmtpServer smtp, TFactory factory, Agency agency, HttpClient admin) : IAsyncDisposable
    {
        public static async Task<MailingAgency> StartAsync()
        {
            var server = new TestSmtpServer();
            await server.StartAsync();
            var site = new TFactory();
            var tenant = await site.CreateAgencyAsync();
            await tenant.UseSmtpAsync(server.Port);
            return new MailingAgency(server, site, tenant, await tenant.AdminAsync());
        }

        public void Deconstruct(out TestSmtpServer server, out TFactory site, out Agency tenant, out HttpClient administrator) =>
            (server, site, tenant, administrator) = (smtp, factory, agency, admin);

        /// <summary>Closes the meeting with a published synthesis, runs the workflows and the sender; returns the synthesis.</summary>
        public async Task<JsonElement> PublishSynthesisAsync(string meeting, object synthesis)
        {
            var before = smtp.Received.Count;
            var closed = await admin.PostAsJsonAsync($"api/v1/meetings/{meeting}/close", synthesis);
            Assert.Equal(HttpStatusCode.Created, closed.StatusCode);
            Assert.Equal(before, smtp.Received.Count); // the request only queues: nothing is sent inside it
            await agency.SettleAsync();
            await agency.SendMailAsync();
            return await agency.Client().GetFromJsonAsync<JsonElement>($"api/v1/meetings/{meeting}/synthesis");
        }

        public async ValueTask DisposeAsync()
        {
            await factory.DisposeAsync();
            await smtp.DisposeAsync();
        }
    }

    /// <summary>Reminders name their meeting between guillemets; the synthesis e-mail does not.</summary>
    private static List<MimeMessage> Reminders(TestSmtpServer smtp, string title) =>
        smtp.Received.Where(m => (m.Subject ?? "").Contains($"« {title} »", StringComparison.Ordinal)).ToList();

    private static string Body(MimeMessage message) => (message.TextBody ?? "") + (message.HtmlBody ?? "");
}

public sealed class MeetingWorkflowTestsOnSqlite : MeetingWorkflowTests<NotificationSqliteFactory>;

public sealed class MeetingWorkflowTestsOnPostgres : MeetingWorkflowTests<NotificationPostgresFactory>;
