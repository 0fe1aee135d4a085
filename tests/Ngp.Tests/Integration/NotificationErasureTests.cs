using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Data;
using Ngp.Core.Notifications;
using Ngp.Core.Outbox;
using Ngp.Notifications.Data;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration;

/// <summary>A person who deletes their account leaves no notification data behind; their export carries their settings.</summary>
public abstract class NotificationErasureTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : NgpFactory, INotificationFactory
{
    private sealed record Leftovers(int Preferences, int InApp, int Digest, int Unsent, int SentNamingThem, int SentWithBody, int OptOuts, int OutboxRowsNamingThem, int NeighbourMails);

    private static Task<Leftovers> LeftoversAsync(Agency agency, string userId, string email) => agency.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<NgpDbContext>();
        var lower = email.ToLowerInvariant();
        var mails = await db.Set<EmailMessage>().AsNoTracking().ToListAsync();
        // UserRegistered carries the address by design (the users module's workflows greet the person); the
        // deletion's own event must not add a copy.
        var outbox = await db.OutboxMessages.AsNoTracking().Where(m => m.Type != "UserRegistered").Select(m => m.Payload).ToListAsync();
        return new Leftovers(
            await db.Set<NotificationPreference>().CountAsync(p => p.UserId == userId),
            await db.Set<InAppNotification>().CountAsync(n => n.UserId == userId),
            await db.Set<DigestEntry>().CountAsync(d => d.UserId == userId),
            mails.Count(m => m.Status != EmailStatus.Sent && (m.UserId == userId || m.Recipient.Equals(lower, StringComparison.OrdinalIgnoreCase))),
            mails.Count(m => m.Status == EmailStatus.Sent && (m.UserId == userId || m.Recipient.Equals(lower, StringComparison.OrdinalIgnoreCase))),
            mails.Count(m => m.Status == EmailStatus.Sent && m.Recipient != "voisin@exemple.test" && m.HtmlBody.Length > 0),
            await db.Set<EmailOptOut>().CountAsync(o => o.Email == lower),
            outbox.Count(p => p.Contains(lower, StringComparison.OrdinalIgnoreCase)),
            mails.Count(m => m.Recipient == "voisin@exemple.test"));
    });

    [SkippableFact]
    public async Task DeleteAccount_WithSettingsMailsAndNotifications_LeavesNothingOfThePerson()
    {
        await using var smtp = new TestSmtpServer();
        await smtp.StartAsync();
        var agency = await factory.CreateAgencyAsync();
        await agency.UseSmtpAsync(smtp.Port);
        var resident = await agency.CreateResidentAsync();
        var id = await agency.UserIdAsync(resident.Email);
        await resident.SetFrequencyAsync("immediate");
        await agency.NotifyAsync(new Notice { Event = "MeetingConvened", Title = "Réunion du comité" }, new Audience { UserIds = [id], Emails = ["voisin@exemple.test"] });
        await agency.SendMailAsync();
        await agency.NotifyAsync(new Notice { Event = "CommentReplied", Title = "Une réponse à votre commentaire" }, Audience.Users(id));
        await resident.SetFrequencyAsync("weekly");
        await agency.NotifyAsync(new Notice { Event = "NewsPublished", Title = "Travaux de façade" }, Audience.Users(id));
        // Before they had an account they unsubscribed a bare address: the opt-out names them too.
        await agency.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<NgpDbContext>();
            db.Set<EmailOptOut>().Add(new EmailOptOut { Email = resident.Email.ToLowerInvariant(), CreatedUtc = factory.Clock.GetUtcNow() });
            await db.SaveChangesAsync();
            return true;
        });
        var before = await LeftoversAsync(agency, id, resident.Email);
        Assert.DoesNotContain(0, new[] { before.Preferences, before.InApp, before.Digest, before.Unsent, before.SentNamingThem, before.SentWithBody, before.OptOuts, before.NeighbourMails });

        var browser = agency.Client(followRedirects: true);
        await Forms.SubmitAsync(browser, "compte/connexion", new Dictionary<string, string> { ["Input.Email"] = resident.Email, ["Input.Password"] = resident.Password });
        var export = await (await browser.GetAsync("compte?handler=Export")).Content.ReadFromJsonAsync<JsonElement>();
        var deleted = await Forms.SubmitAsync(browser, "compte", new Dictionary<string, string> { ["DeletePassword"] = resident.Password }, handler: "Delete");
        await factory.Services.GetRequiredService<OutboxDispatcher>().DrainAsync(agency.Tenant);

        var notifications = export.GetProperty("notifications");
        Assert.Equal("weekly", notifications.GetProperty("settings").GetProperty("frequency").GetString());
        Assert.Contains(notifications.GetProperty("inApp").EnumerateArray(), n => n.GetProperty("title").GetString() == "Travaux de façade");
        Assert.Equal(System.Net.HttpStatusCode.OK, deleted.StatusCode);
        Assert.Null(await agency.InScopeAsync(sp => sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<NgpUser>>().FindByIdAsync(id)));
        // The neighbour's e-mail of the same notice is untouched; of the person's sent one, only an anonymous row remains.
        Assert.Equal(new Leftovers(0, 0, 0, 0, 0, 0, 0, 0, 1), await LeftoversAsync(agency, id, resident.Email));
        Assert.Contains(await agency.OutboxAsync(), m => m.Status == EmailStatus.Sent && m.Recipient.StartsWith("effacé-", StringComparison.Ordinal) && m.TextBody.Length == 0);
    }
}

public sealed class NotificationErasureTestsOnSqlite(NotificationSqliteFactory factory) : NotificationErasureTests<NotificationSqliteFactory>(factory);

public sealed class NotificationErasureTestsOnPostgres(NotificationPostgresFactory factory) : NotificationErasureTests<NotificationPostgresFactory>(factory);
