using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Data;
using Ngp.Core.Notifications;
using Ngp.Notifications.Data;
using Ngp.Notifications.Digests;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration;

/// <summary>Who hears of what, and when: audiences, preferences, digests, unsubscribe, escaping, the API.</summary>
public abstract class NotificationTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : NgpFactory, INotificationFactory
{
    private static Notice NoticeOf(string title, string? text = null) =>
        new() { Event = "CommentReplied", Title = title, Text = text, Url = "projets/residence-les-tilleuls" };

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    [SkippableFact]
    public async Task Audience_RolesGroupsAndEmails_ResolvedOnceEach_OptedOutAndExceptedSkipped()
    {
        await using var smtp = new TestSmtpServer();
        await smtp.StartAsync();
        var agency = await factory.CreateAgencyAsync();
        await agency.UseSmtpAsync(smtp.Port);
        var follower = await agency.CreateResidentAsync();
        var author = await agency.CreateResidentAsync();
        var quiet = await agency.CreateResidentAsync();
        await quiet.SetFrequencyAsync("none");
        var followerId = await agency.UserIdAsync(follower.Email);
        var authorId = await agency.UserIdAsync(author.Email);
        var quietId = await agency.UserIdAsync(quiet.Email);
        var adminId = await agency.UserIdAsync(NgpFactory.AdminEmail);
        await follower.SetFrequencyAsync("immediate");
        await agency.ChooseFrequencyAsync(adminId, "immediate");
        var item = Guid.NewGuid().ToString("N");
        factory.Followers.Groups[item] =
        [
            new AudienceMember(followerId), new AudienceMember(authorId), new AudienceMember(quietId),
            new AudienceMember(null, "partenaire@exemple.test", "Partenaire"), new AudienceMember(null, follower.Email.ToUpperInvariant()),
        ];

        var reached = await agency.NotifyAsync(NoticeOf("Nouvelle réponse"), new Audience
        {
            Roles = ["Administrator"],
            UserIds = [followerId],
            Emails = ["partenaire@exemple.test", "PARTENAIRE@exemple.test"],
            Groups = [new AudienceGroup(AudienceKinds.Followers, item)],
            ExceptUserIds = [authorId],
        });
        await agency.SendMailAsync();

        Assert.Equal(4, reached); // admin, follower, partner (e-mail), quiet (in-app only)
        var addresses = smtp.Received.Select(m => m.To.Mailboxes.Single().Address.ToLowerInvariant()).Order().ToList();
        Assert.Equal(new[] { NgpFactory.AdminEmail, follower.Email, "partenaire@exemple.test" }.Select(a => a.ToLowerInvariant()).Order(), addresses);
        var inApp = await agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Set<InAppNotification>().Select(n => n.UserId).ToListAsync());
        Assert.Equal(new[] { adminId, followerId, quietId }.Order(), inApp.Order());
    }

    [SkippableFact]
    public async Task SameIdempotencyKey_NotifiedTwice_ReachesEachPersonOnce()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        await resident.SetFrequencyAsync("immediate");
        var id = await agency.UserIdAsync(resident.Email);
        var notice = NoticeOf("Phase changée") with { IdempotencyKey = "workflow-42" };
        // Only what this test queues: the setup mails the demo synthesis a moment later, at a time of its own.
        await agency.EmptyOutboxAsync();

        Assert.Equal(2, await agency.NotifyAsync(notice, new Audience { UserIds = [id], Emails = ["voisin@exemple.test"] }));
        Assert.Equal(0, await agency.NotifyAsync(notice, new Audience { UserIds = [id], Emails = ["voisin@exemple.test"] }));

        Assert.Equal(2, (await agency.OutboxAsync()).Count);
    }

    [SkippableFact]
    public async Task Digests_GroupTheRightEvents_ForEachFrequency()
    {
        await using var smtp = new TestSmtpServer();
        await smtp.StartAsync();
        var agency = await factory.CreateAgencyAsync();
        await agency.UseSmtpAsync(smtp.Port);
        var daily = await agency.CreateResidentAsync();
        var weekly = await agency.CreateResidentAsync();
        var immediate = await agency.CreateResidentAsync();
        await weekly.SetFrequencyAsync("weekly");
        await immediate.SetFrequencyAsync("immediate");
        var ids = new[] { await agency.UserIdAsync(daily.Email), await agency.UserIdAsync(weekly.Email), await agency.UserIdAsync(immediate.Email) };
        var job = factory.Services.GetRequiredService<DigestJob>();
        // The class's tests move the clock by seconds at most: it is still Tuesday before 07:00 in Paris.
        Assert.True(factory.Clock.GetUtcNow() < NotificationFactorySetup.Start.AddMinutes(30));

        await agency.NotifyAsync(NoticeOf("Premier événement"), new Audience { UserIds = ids });
        await agency.NotifyAsync(NoticeOf("Deuxième événement"), new Audience { UserIds = ids });
        await job.RunAsync(agency.Tenant, CancellationToken.None);
        await agency.SendMailAsync();
        Assert.Equal(2, smtp.To(immediate.Email).Count);
        Assert.Empty(smtp.To(daily.Email)); // the daily digest is at 07:00

        factory.Clock.SetUtcNow(NotificationFactorySetup.Start.AddMinutes(61)); // Tuesday 07:01
        await job.RunAsync(agency.Tenant, CancellationToken.None);
        await job.RunAsync(agency.Tenant, CancellationToken.None); // twice: nothing more
        await agency.SendMailAsync();
        var digest = Assert.Single(smtp.To(daily.Email));
        Assert.Contains("Premier événement", digest.TextBody);
        Assert.Contains("Deuxième événement", digest.TextBody);
        Assert.Contains("Premier événement", digest.HtmlBody);
        Assert.Empty(smtp.To(weekly.Email)); // the weekly digest is on Wednesday

        await agency.NotifyAsync(NoticeOf("Troisième événement"), new Audience { UserIds = ids });
        var wednesday = NotificationFactorySetup.Start.AddDays(1).AddMinutes(61); // Wednesday 07:01
        await job.RunAsync(agency.Tenant, wednesday, CancellationToken.None);
        await job.RunAsync(agency.Tenant, wednesday, CancellationToken.None);
        await agency.SendMailAsync();

        var dailies = smtp.To(daily.Email);
        Assert.Equal(2, dailies.Count);
        Assert.Contains("Troisième événement", dailies[1].TextBody);
        Assert.DoesNotContain("Premier événement", dailies[1].TextBody);
        var weeklyDigest = Assert.Single(smtp.To(weekly.Email));
        foreach (var title in new[] { "Premier événement", "Deuxième événement", "Troisième événement" })
            Assert.Contains(title, weeklyDigest.HtmlBody);
        Assert.Equal(3, smtp.To(immediate.Email).Count);
    }

    [SkippableFact]
    public async Task UnsubscribeLink_WorksOnce_CannotBeForged_StopsLaterEmails()
    {
        await using var smtp = new TestSmtpServer();
        await smtp.StartAsync();
        var agency = await factory.CreateAgencyAsync();
        var other = await factory.CreateAgencyAsync();
        await agency.UseSmtpAsync(smtp.Port);
        var resident = await agency.CreateResidentAsync();
        await resident.SetFrequencyAsync("immediate");
        var id = await agency.UserIdAsync(resident.Email);
        await agency.NotifyAsync(NoticeOf("Avant désabonnement"), Audience.Users(id));
        await agency.SendMailAsync();
        var header = Assert.Single(smtp.To(resident.Email)).Headers["List-Unsubscribe"]!.Trim('<', '>');
        var path = new Uri(header).PathAndQuery[(agency.PathBase.Length + 1)..];
        var token = path.Split("jeton=")[1];
        var anonymous = agency.Client();

        var forged = await anonymous.PostAsync($"notifications/desabonnement?jeton={token[..^4]}AAAA", new FormUrlEncodedContent(new Dictionary<string, string>()));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        var elsewhere = await other.Client().PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>()));
        Assert.Equal(HttpStatusCode.BadRequest, elsewhere.StatusCode);
        var page = await anonymous.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Me désabonner", await page.Content.ReadAsStringAsync());

        // The mail client's one-click POST (RFC 8058): no sign-in, no antiforgery token.
        var done = await anonymous.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var again = await anonymous.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>()));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.True((await JsonAsync(await resident.Api.GetAsync("api/v1/me/notification-settings"))).GetProperty("unsubscribed").GetBoolean());

        await agency.NotifyAsync(NoticeOf("Après désabonnement"), Audience.Users(id));
        await agency.SendMailAsync();
        Assert.Single(smtp.To(resident.Email));
        var list = await JsonAsync(await resident.Api.GetAsync("api/v1/notifications"));
        Assert.Equal(2, list.GetProperty("items").GetArrayLength()); // the bell still tells
    }

    [SkippableFact]
    public async Task HostileNamesAndText_StayInertInTheHtmlPart()
    {
        await using var smtp = new TestSmtpServer();
        await smtp.StartAsync();
        var agency = await factory.CreateAgencyAsync();
        await agency.UseSmtpAsync(smtp.Port);
        var resident = await agency.CreateResidentAsync();
        await resident.SetFrequencyAsync("immediate");
        var id = await agency.UserIdAsync(resident.Email);
        await agency.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<NgpUser>>();
            var user = (await users.FindByIdAsync(id))!;
            user.DisplayName = "<script>alert('nom')</script>";
            return await users.UpdateAsync(user);
        });

        await agency.NotifyAsync(
            NoticeOf("Réponse de <img src=x onerror=alert(1)>", "Texte \"><svg onload=alert(2)> & <a href=\"javascript:alert(3)\">lien</a>") with { Url = "javascript:alert(4)" },
            Audience.Users(id));
        await agency.SendMailAsync();

        var html = Assert.Single(smtp.To(resident.Email)).HtmlBody;
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<svg", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html);
    }

    [SkippableFact]
    public async Task Settings_BadFrequency_Is422WithFrenchMessage_GoodOneIsKept()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();

        Assert.Equal("daily", (await JsonAsync(await resident.Api.GetAsync("api/v1/me/notification-settings"))).GetProperty("frequency").GetString());
        var bad = await resident.Api.PutAsJsonAsync("api/v1/me/notification-settings", new { frequency = "hourly" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var problem = JsonDocument.Parse(await bad.Content.ReadAsStringAsync()).RootElement;
        Assert.StartsWith("Choisissez une fréquence", problem.GetProperty("title").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("frequency", out _));
        Assert.Equal("daily", (await JsonAsync(await resident.Api.GetAsync("api/v1/me/notification-settings"))).GetProperty("frequency").GetString());

        await JsonAsync(await resident.Api.PutAsJsonAsync("api/v1/me/notification-settings", new { frequency = "weekly" }));
        Assert.Equal("weekly", (await JsonAsync(await resident.Api.GetAsync("api/v1/me/notification-settings"))).GetProperty("frequency").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await agency.Client().GetAsync("api/v1/me/notification-settings")).StatusCode);
    }

    [SkippableFact]
    public async Task InAppNotifications_UnreadFirst_MarkRead_OnlyMine_OnlyHere()
    {
        var agency = await factory.CreateAgencyAsync();
        var other = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        var neighbour = await agency.CreateResidentAsync();
        var id = await agency.UserIdAsync(resident.Email);
        await agency.NotifyAsync(NoticeOf("Ancienne"), Audience.Users(id));
        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        await agency.NotifyAsync(NoticeOf("Récente"), Audience.Users(id));

        var list = await JsonAsync(await resident.Api.GetAsync("api/v1/notifications"));
        Assert.Equal(2, list.GetProperty("unread").GetInt32());
        var items = list.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["Récente", "Ancienne"], items.Select(i => i.GetProperty("title").GetString()));
        var oldest = items[1].GetProperty("id").GetInt64();

        Assert.Equal(HttpStatusCode.NotFound, (await neighbour.Api.PostAsync($"api/v1/notifications/{oldest}/read", null)).StatusCode);
        var foreign = agency.Client();
        foreign.DefaultRequestHeaders.Authorization = (await factory.TokenClientAsync(other.PathBase, NgpFactory.AdminEmail, NgpFactory.AdminPassword)).DefaultRequestHeaders.Authorization;
        Assert.False((await foreign.PostAsync($"api/v1/notifications/{oldest}/read", null)).IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await resident.Api.PostAsync($"api/v1/notifications/{oldest}/read", null)).StatusCode);

        list = await JsonAsync(await resident.Api.GetAsync("api/v1/notifications"));
        Assert.Equal(1, list.GetProperty("unread").GetInt32());
        items = list.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["Récente", "Ancienne"], items.Select(i => i.GetProperty("title").GetString()));
        Assert.Equal([false, true], items.Select(i => i.GetProperty("read").GetBoolean()));
    }
}

public sealed class NotificationTestsOnSqlite(NotificationSqliteFactory factory) : NotificationTests<NotificationSqliteFactory>(factory);

public sealed class NotificationTestsOnPostgres(NotificationPostgresFactory factory) : NotificationTests<NotificationPostgresFactory>(factory);
