using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Data;
using Ngp.Core.Notifications;
using Ngp.Notifications.Data;
using Ngp.Notifications.Sending;
using Ngp.Notifications.Templates;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration;

/// <summary>
/// A notice's rows are written by the caller's own save, in its transaction, and only if that save commits; its
/// e-mails rendered from one rendering of the template are the ones rendering each recipient would give.
/// </summary>
public abstract class NotificationQueueTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : NgpFactory, INotificationFactory
{
    private static Notice NoticeOf(string title) =>
        new() { Event = "ProjectPhaseChanged", Title = title, Url = "projets/residence-les-tilleuls" };

    [SkippableFact]
    public async Task Notify_CallerTransactionRolledBack_LeavesNoEmailNorInAppNotification()
    {
        var agency = await factory.CreateAgencyAsync();
        await agency.UseSmtpAsync(1);
        var resident = await agency.CreateResidentAsync();
        await resident.SetFrequencyAsync("immediate");
        var id = await agency.UserIdAsync(resident.Email);

        await agency.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<NgpDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            Assert.Equal(2, await sp.GetRequiredService<INotifier>().NotifyAsync(NoticeOf("Annulé avant de partir"),
                new Audience { UserIds = [id], Emails = ["voisin@exemple.test"] }));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
            return true;
        });

        Assert.Empty(await agency.OutboxAsync());
        Assert.Equal(0, await agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Set<InAppNotification>().CountAsync(n => n.Title == "Annulé avant de partir")));
    }

    [SkippableFact]
    public async Task Notify_CallerTransactionCommitted_RowsCommittedWithTheCallersChange()
    {
        var agency = await factory.CreateAgencyAsync();
        await agency.UseSmtpAsync(1);

        await agency.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<NgpDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Set<EmailOptOut>().Add(new EmailOptOut { Email = "parti@exemple.test" });
            await sp.GetRequiredService<INotifier>().NotifyAsync(NoticeOf("Validé avec le reste"), new Audience { Emails = ["voisin1@exemple.test", "voisin2@exemple.test"] });
            await db.SaveChangesAsync();
            // Not committed yet: another connection sees neither the caller's change nor the e-mails.
            Assert.Empty(await agency.OutboxAsync());
            await transaction.CommitAsync();
            return true;
        });

        Assert.Equal(["voisin1@exemple.test", "voisin2@exemple.test"], (await agency.OutboxAsync()).Select(m => m.Recipient).Order());
        Assert.Equal(1, await agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Set<EmailOptOut>().CountAsync(o => o.Email == "parti@exemple.test")));
    }

    [SkippableFact]
    public async Task Notify_CallersSaveFails_NoEmailWritten()
    {
        var agency = await factory.CreateAgencyAsync();
        await agency.UseSmtpAsync(1);
        await agency.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<NgpDbContext>();
            db.Set<EmailOptOut>().Add(new EmailOptOut { Email = "deja@exemple.test" });
            return await db.SaveChangesAsync();
        });

        // The caller's own change conflicts (the same key again): its save fails, and the notice goes with it.
        await agency.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<NgpDbContext>();
            await sp.GetRequiredService<INotifier>().NotifyAsync(NoticeOf("Jamais parti"), new Audience { Emails = ["voisin@exemple.test"] });
            db.Set<EmailOptOut>().Add(new EmailOptOut { Email = "deja@exemple.test" });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            return true;
        });

        Assert.Empty(await agency.OutboxAsync());
    }

    [SkippableFact]
    public async Task Notify_SameKeyTwiceInOneSave_FailsAsAnUpdateConflict_NothingWritten()
    {
        var agency = await factory.CreateAgencyAsync();
        await agency.UseSmtpAsync(1);
        var notice = NoticeOf("Deux fois la même") with { IdempotencyKey = "meme-cle" };

        // What the digest job relies on to leave a digest another node queued first: a DbUpdateException, all rolled back.
        await agency.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<NgpDbContext>();
            db.Set<EmailOptOut>().Add(new EmailOptOut { Email = "trace@exemple.test" });
            await sp.GetRequiredService<INotifier>().NotifyAsync(notice, new Audience { Emails = ["voisin@exemple.test"] });
            await sp.GetRequiredService<INotifier>().NotifyAsync(notice, new Audience { Emails = ["voisin@exemple.test"] });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            return true;
        });

        Assert.Empty(await agency.OutboxAsync());
        Assert.Equal(0, await agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Set<EmailOptOut>().CountAsync(o => o.Email == "trace@exemple.test")));
    }

    [SkippableFact]
    public async Task SharedRendering_DefaultTemplates_SameAsRenderingEachRecipient()
    {
        var agency = await factory.CreateAgencyAsync();
        await agency.InScopeAsync(async sp =>
        {
            var templates = sp.GetRequiredService<EmailTemplates>();
            foreach (var culture in TemplateKinds.Cultures)
            {
                var source = await templates.SourceAsync("ProjectPhaseChanged", culture, CancellationToken.None);
                var shared = templates.Shared(source);
                Assert.True(shared.IsShared);
                AssertSameAsAlone(templates, source, shared, culture);
            }
            return true;
        });
    }

    [SkippableFact]
    public async Task SharedRendering_TemplateTransformingTheRecipient_RendersEachAloneWithTheSameResult()
    {
        var agency = await factory.CreateAgencyAsync();
        await agency.InScopeAsync(sp =>
        {
            var templates = sp.GetRequiredService<EmailTemplates>();
            TemplateSource[] sources =
            [
                new("{{ Notice.Title }} pour {{ Recipient.Name | upcase }}", "<p>{{ Recipient.Name }}</p>", "{{ Recipient.Name }}"),
                new("{{ Notice.Title }}", "<p>{% if Recipient.Email contains \"exemple\" %}voisin{% else %}{{ Recipient.Email }}{% endif %}</p>", "{{ UnsubscribeUrl }}"),
                new("{{ Notice.Title }}", "{% assign n = Recipient.Name %}<p>{{ n }}</p>", "{{ Recipient.Name.size }}"),
            ];
            foreach (var source in sources)
            {
                var shared = templates.Shared(source);
                Assert.False(shared.IsShared);
                AssertSameAsAlone(templates, source, shared, "fr");
            }
            return Task.FromResult(true);
        });
    }

    [SkippableFact]
    public async Task UnsubscribeLink_DoesNotShowTheAddress_AndLinksOfTheEarlierFormStillWork()
    {
        var agency = await factory.CreateAgencyAsync();
        await agency.InScopeAsync(sp =>
        {
            var links = sp.GetRequiredService<UnsubscribeLinks>();
            var first = links.UrlFor(null, "discret@exemple.test");
            var second = links.UrlFor("id-compte", null);
            Assert.DoesNotContain("discret", first);
            Assert.DoesNotContain(WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes("discret@exemple.test"))[..12], first);
            var read = links.Read(first.Split("jeton=")[1]);
            Assert.Equal(("discret@exemple.test", (string?)null), (read?.Email, read?.UserId));
            Assert.Equal("id-compte", links.Read(second.Split("jeton=")[1])?.UserId);
            Assert.NotEqual(read!.Nonce, links.Read(second.Split("jeton=")[1])!.Nonce);

            // A link sent before links were sealed: the payload protected with Data Protection itself.
            var earlier = sp.GetRequiredService<IDataProtectionProvider>().CreateProtector("Ngp.Notifications.Unsubscribe", agency.Tenant.Name)
                .Protect(Encoding.UTF8.GetBytes("e\nancien@exemple.test\nABC123"));
            var old = links.Read(WebEncoders.Base64UrlEncode(earlier));
            Assert.Equal(("ancien@exemple.test", "ABC123"), (old?.Email, old?.Nonce));
            return Task.FromResult(true);
        });
    }

    private static void AssertSameAsAlone(EmailTemplates templates, TemplateSource source, SharedRendering shared, string culture)
    {
        (string? Name, string Email, string? Url)[] recipients =
        [
            ("Zoé <script>alert('x')</script> & \"Cie\"", "zoe@exemple.test", "https://site.test/a/notifications/desabonnement?jeton=a<b&c=\"d\""),
            (null, "sans-nom@exemple.test", "https://site.test/a/notifications/desabonnement?jeton=2"),
            ("Jean\nDupont", "jean@autre.test", null),
            ("   ", "espaces@exemple.test", "u"),
            ("Zoé <script>alert('x')</script> & \"Cie\"", "zoe2@exemple.test", "https://site.test/a/notifications/desabonnement?jeton=3"),
        ];
        var site = new SiteModel { Name = "Agence <b>test</b>", PrimaryColor = "#0a5c36", Url = "https://site.test/a/" };
        var notice = new NoticeModel { Event = "ProjectPhaseChanged", Title = "Le projet « Tilleuls » <passe> en phase travaux", Text = "Ligne 1\nLigne 2 & fin", Url = "https://site.test/a/projets/tilleuls" };
        foreach (var (name, email, url) in recipients)
        {
            EmailModel Model() => new()
            {
                Culture = culture, Site = site, Recipient = new RecipientModel { Name = name, Email = email }, Notice = notice,
                UnsubscribeUrl = url, SettingsUrl = "https://site.test/a/compte/notifications",
            };
            var alone = templates.Render(source, Model());
            var together = shared.Render(Model());
            Assert.Equal(alone, together);
        }
    }
}

public sealed class NotificationQueueTestsOnSqlite(NotificationSqliteFactory factory) : NotificationQueueTests<NotificationSqliteFactory>(factory);

public sealed class NotificationQueueTestsOnPostgres(NotificationPostgresFactory factory) : NotificationQueueTests<NotificationPostgresFactory>(factory);
