using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Data;
using Ngp.Core.Notifications;
using Ngp.Notifications.Data;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration;

/// <summary>The bell, the notifications page and the settings page, as a browser without JavaScript uses them; the admin pages.</summary>
public sealed class NotificationPagesTests(NotificationSqliteFactory factory) : IClassFixture<NotificationSqliteFactory>
{
    private static async Task<HttpClient> SignedInAsync(Agency agency, string email, string password)
    {
        var browser = agency.Client(followRedirects: true);
        var response = await Forms.SubmitAsync(browser, "compte/connexion", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.Contains("<h1>Mon compte</h1>", await response.Content.ReadAsStringAsync());
        return browser;
    }

    [Fact]
    public async Task Bell_ShowsUnreadCount_PageMarksAllReadWithoutJavaScript()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        var id = await agency.UserIdAsync(resident.Email);
        await agency.NotifyAsync(new Notice { Event = "NewsPublished", Title = "Travaux de façade : le calendrier", Url = "actualites/calendrier" }, Audience.Users(id));
        await agency.NotifyAsync(new Notice { Event = "CommentReplied", Title = "Une réponse à votre commentaire" }, Audience.Users(id));
        var browser = await SignedInAsync(agency, resident.Email, resident.Password);

        var home = Forms.Text(await browser.GetStringAsync(""));
        Assert.Contains("Notifications 2 non lues", home);
        var page = await browser.GetStringAsync("notifications");
        Assert.Contains("Travaux de façade : le calendrier", Forms.Text(page));
        Assert.Contains($"href=\"{agency.PathBase}/actualites/calendrier\"", page);
        Assert.Contains("2 notification(s) non lue(s).", Forms.Text(page));

        var done = await Forms.SubmitAsync(browser, "notifications", new Dictionary<string, string>(), handler: "ReadAll");
        var after = Forms.Text(await done.Content.ReadAsStringAsync());
        Assert.Contains("Aucune notification non lue.", after);
        Assert.Contains("Notifications (aucune non lue)", after);
    }

    [Fact]
    public async Task NotificationsPage_NotificationAtAKnownInstant_ShowsParisTimeInFrenchThenInEnglish()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        var id = await agency.UserIdAsync(resident.Email);
        var at = factory.Clock.GetUtcNow();
        await agency.NotifyAsync(new Notice { Event = "NewsPublished", Title = "Coupure d'eau jeudi" }, Audience.Users(id));
        var browser = await SignedInAsync(agency, resident.Email, resident.Password);

        var french = Forms.Text(await browser.GetStringAsync("notifications"));
        Assert.Contains($"Coupure d'eau jeudi — {ExpectedTime.French(at)}", french);
        var english = Forms.Text(await browser.GetStringAsync("langue?culture=en-GB&returnUrl=/notifications"));
        Assert.Contains($"Coupure d'eau jeudi — {ExpectedTime.English(at)}", english);
    }

    [Fact]
    public async Task SettingsPage_ChoosesWeekly_RefusesUnknownValue()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        var browser = await SignedInAsync(agency, resident.Email, resident.Password);
        Assert.Contains("href=\"" + agency.PathBase + "/compte/notifications\"", await browser.GetStringAsync("compte"));
        Assert.Contains("value=\"daily\" checked", await browser.GetStringAsync("compte/notifications"));

        var saved = await Forms.SubmitAsync(browser, "compte/notifications", new Dictionary<string, string> { ["Frequency"] = "weekly" });
        var html = await saved.Content.ReadAsStringAsync();
        Assert.Contains("Votre choix est enregistré.", html);
        Assert.Contains("value=\"weekly\" checked", html);
        var refused = await Forms.SubmitAsync(browser, "compte/notifications", new Dictionary<string, string> { ["Frequency"] = "toutes-les-heures" });
        Assert.Contains(Forms.Errors(await refused.Content.ReadAsStringAsync()), e => e.StartsWith("Choisissez une fréquence", StringComparison.Ordinal));
        var settings = JsonDocument.Parse(await resident.Api.GetStringAsync("api/v1/me/notification-settings")).RootElement;
        Assert.Equal("weekly", settings.GetProperty("frequency").GetString());
    }

    [Fact]
    public async Task AdminPages_SaveSmtpWithEncryptedPassword_QueueTestMail_RetryDead()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await (await SignedInAsync(agency, resident.Email, resident.Password)).GetAsync("admin/notifications/envoi")).StatusCode);
        var admin = await SignedInAsync(agency, NgpFactory.AdminEmail, NgpFactory.AdminPassword);
        foreach (var address in new[] { "admin/notifications/smtp", "admin/notifications/modeles", "admin/notifications/modeles?modele=Digest&langue=en", "admin/notifications/envoi" })
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(address)).StatusCode);

        var saved = await Forms.SubmitAsync(admin, "admin/notifications/smtp", new Dictionary<string, string>
        {
            ["Input.Host"] = "smtp.bailleur.test", ["Input.Port"] = "587", ["Input.TlsMode"] = "StartTls", ["Input.UserName"] = "agence",
            ["Input.Password"] = "Secret-SMTP-123", ["Input.SenderName"] = "Mon agence", ["Input.SenderAddress"] = "agence@bailleur.test",
        }, handler: "Save");
        Assert.Contains("Les réglages SMTP sont enregistrés.", await saved.Content.ReadAsStringAsync());
        var stored = await agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Set<SmtpSettingsRecord>().AsNoTracking().SingleAsync());
        Assert.Equal("smtp.bailleur.test", stored.Host);
        Assert.NotNull(stored.ProtectedPassword);
        Assert.DoesNotContain("Secret-SMTP-123", stored.ProtectedPassword);

        var test = await Forms.SubmitAsync(admin, "admin/notifications/smtp", new Dictionary<string, string> { ["TestAddress"] = "moi@bailleur.test" }, handler: "Test");
        Assert.Contains("est dans la file d'envoi", Forms.Text(await test.Content.ReadAsStringAsync()));
        var queued = Assert.Single(await agency.OutboxAsync(), m => m.Recipient == "moi@bailleur.test");
        await agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Set<EmailMessage>().Where(m => m.Id == queued.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, EmailStatus.Dead).SetProperty(m => m.LastError, "550 5.1.1 mailbox unavailable")));

        var outbox = await admin.GetStringAsync("admin/notifications/envoi?statut=Dead");
        Assert.Contains("550 5.1.1 mailbox unavailable", outbox);
        var page = await admin.GetAsync("admin/notifications/envoi?statut=Dead");
        var token = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync()).QuerySelector("form[method=post] input[name=__ngp_csrf]")!.GetAttribute("value")!;
        var retried = await admin.PostAsync($"admin/notifications/envoi?handler=Retry&id={queued.Id}", new FormUrlEncodedContent(new Dictionary<string, string> { ["__ngp_csrf"] = token }));
        Assert.Contains("remis dans la file d'envoi", Forms.Text(await retried.Content.ReadAsStringAsync()));
        Assert.Equal(EmailStatus.Queued, Assert.Single(await agency.OutboxAsync(), m => m.Id == queued.Id).Status);
    }

    [Fact]
    public async Task TemplateEditor_PreviewEscapesSample_SavedTemplateIsUsed()
    {
        await using var smtp = new TestSmtpServer();
        await smtp.StartAsync();
        var agency = await factory.CreateAgencyAsync();
        await agency.UseSmtpAsync(smtp.Port);
        var admin = await SignedInAsync(agency, NgpFactory.AdminEmail, NgpFactory.AdminPassword);
        var fields = new Dictionary<string, string>
        {
            ["modele"] = "Notice", ["langue"] = "fr", ["Subject"] = "[{{ Site.Name }}] {{ Notice.Title }}",
            ["Html"] = "<p style=\"color:{{ Site.PrimaryColor }}\">{{ Notice.Text }}</p><a href=\"{{ UnsubscribeUrl }}\">stop</a>", ["Text"] = "{{ Notice.Text }}\n{{ UnsubscribeUrl }}",
        };

        var broken = await Forms.SubmitAsync(admin, "admin/notifications/modeles", new Dictionary<string, string>(fields) { ["Html"] = "{% if %}" }, handler: "Preview");
        Assert.Contains(Forms.Errors(await broken.Content.ReadAsStringAsync()), e => e.StartsWith("Erreur de syntaxe Liquid", StringComparison.Ordinal));
        var preview = await (await Forms.SubmitAsync(admin, "admin/notifications/modeles", fields, handler: "Preview")).Content.ReadAsStringAsync();
        Assert.Contains("&amp;lt;sur&amp;gt;", preview); // escaped in the e-mail, then again in the srcdoc attribute
        var saved = await Forms.SubmitAsync(admin, "admin/notifications/modeles", fields, handler: "Save");
        Assert.Contains("Le modèle est enregistré", await saved.Content.ReadAsStringAsync());

        await agency.NotifyAsync(new Notice { Event = "CommentReplied", Title = "Réponse", Text = "Bonjour <b>voisin</b>" }, new Audience { Emails = ["voisin@exemple.test"] });
        await agency.SendMailAsync();
        var message = Assert.Single(smtp.Received);
        Assert.EndsWith("] Réponse", message.Subject);
        Assert.Contains("Bonjour &lt;b&gt;voisin&lt;/b&gt;", message.HtmlBody);
        Assert.StartsWith("Bonjour <b>voisin</b>", message.TextBody);
    }
}
