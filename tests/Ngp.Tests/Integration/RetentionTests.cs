using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Data;
using Ngp.Core.Notifications;
using Ngp.Core.Outbox;
using Ngp.Notifications.Data;
using Ngp.Notifications.Sending;
using Ngp.Notifications;
using Ngp.Tests.Harness;
using Ngp.Users.Security;

namespace Ngp.Tests.Integration;

/// <summary>
/// The site with every background loop a month's move of the clock could wake under the test's feet switched off
/// (outbox dispatch, workflows, e-mails): the test drains the outbox and runs the retention jobs itself.
/// </summary>
public sealed class RetentionSqliteFactory : NotificationSqliteFactory
{
    protected override void AddSettings(IDictionary<string, string?> settings)
    {
        base.AddSettings(settings);
        RetentionSettings.Apply(settings);
    }
}

public sealed class RetentionPostgresFactory : NotificationPostgresFactory
{
    protected override void AddSettings(IDictionary<string, string?> settings)
    {
        base.AddSettings(settings);
        RetentionSettings.Apply(settings);
    }
}

internal static class RetentionSettings
{
    public static void Apply(IDictionary<string, string?> settings)
    {
        settings["Ngp:Outbox:Enabled"] = "false";
        settings["Ngp:Workflows:Enabled"] = "false";
        settings["Ngp:Search:Enabled"] = "false";
    }
}

/// <summary>What the site keeps, and for how long: the outbox after its consumers, sent e-mails after delivery, read notifications, finished lock-outs.</summary>
public abstract class RetentionTests<TFactory>
    where TFactory : NgpFactory, INotificationFactory, new()
{
    private static Task<List<OutboxMessage>> OutboxAsync(Agency agency) => agency.InScopeAsync(sp =>
        sp.GetRequiredService<NgpDbContext>().OutboxMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync());

    private static Task<int> ApplyOutboxRetentionAsync(Agency agency) =>
        agency.Factory.Services.GetRequiredService<OutboxRetention>().RunOnceAsync(agency.Tenant, CancellationToken.None);

    [SkippableFact]
    public async Task OutboxEvents_PassedByEveryConsumer_GoAfterTheRetention_SetAsideAndUnreadOnesStay()
    {
        await using var factory = new TFactory();
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        await agency.SettleAsync();
        var passed = await OutboxAsync(agency);
        Assert.Contains(passed, m => m.Type == "UserRegistered" && m.Payload.Contains(resident.Email, StringComparison.Ordinal));
        // One event a consumer gave up on, as the dispatcher sets it aside after its last attempt.
        var setAside = passed.First(m => m.Type != "UserRegistered");
        await agency.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<NgpDbContext>();
            db.OutboxFailures.Add(new OutboxFailure { Consumer = "workflows", EventId = setAside.Id, EventType = setAside.Type, Error = "Test", FailedUtc = factory.Clock.GetUtcNow() });
            return await db.SaveChangesAsync();
        });

        factory.Clock.Advance(TimeSpan.FromDays(29));
        var early = await ApplyOutboxRetentionAsync(agency);
        // A change made on day 29 that no consumer has read yet (the dispatcher is off).
        await agency.RaiseAsync(new UnreadTestEvent("sans-lecteur"));
        factory.Clock.Advance(TimeSpan.FromDays(2));
        var deleted = await ApplyOutboxRetentionAsync(agency);
        factory.Clock.Advance(TimeSpan.FromDays(30));
        await ApplyOutboxRetentionAsync(agency);

        // Watchers woken by the clock (a consultation closing) may have raised events since: nobody read them either.
        var left = await OutboxAsync(agency);
        Assert.Equal(0, early);
        Assert.Equal(passed.Count - 1, deleted);
        Assert.Equal([setAside.Id], left.Where(m => m.Id <= passed[^1].Id).Select(m => m.Id));
        Assert.Contains(left, m => m.Type == nameof(UnreadTestEvent));
        Assert.DoesNotContain(left, m => m.Payload.Contains(resident.Email, StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task VoteBurst_ThirtyOneDaysLater_LeavesNoRowOfItInTheOutbox()
    {
        await using var factory = new TFactory();
        var agency = await factory.CreateAgencyAsync();
        await agency.SettleAsync();
        var before = (await OutboxAsync(agency)).Count;
        // The rows a burst of 10,000 votes writes, through the outbox as the vote writer writes them.
        await agency.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<NgpDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var votes = Enumerable.Range(0, 10_000).Select(i => new Ngp.Participation.VoteCast("consultation-1", $"question-{i % 10}", $"habitant-{i / 10}", Changed: false)).ToList();
            await sp.GetRequiredService<IOutbox>().WriteAsync(votes, CancellationToken.None);
            await transaction.CommitAsync();
            return true;
        });
        await agency.SettleAsync();
        var burst = await OutboxAsync(agency);

        factory.Clock.Advance(TimeSpan.FromDays(31));
        await agency.SettleAsync();
        await ApplyOutboxRetentionAsync(agency);
        var later = await OutboxAsync(agency);

        Assert.Equal(before + 10_000, burst.Count);
        Assert.DoesNotContain(later, m => m.Id <= burst[^1].Id);
        // What is left is what the 31st day itself raised (a demo consultation closing, say), kept for its own 30 days.
        Assert.All(later, m => Assert.True(m.CreatedUtc > factory.Clock.GetUtcNow() - TimeSpan.FromDays(30)));
        Console.WriteLine($"Outbox rows of the agency: {burst.Count} after the 10,000-vote burst, {later.Count} 31 days later.");
    }

    [SkippableFact]
    public async Task SentEmail_AfterTheRetention_LosesItsBodies_AndKeepsItsDeliveryHistory()
    {
        await using var smtp = new TestSmtpServer();
        await smtp.StartAsync();
        await using var factory = new TFactory();
        var agency = await factory.CreateAgencyAsync();
        await agency.UseSmtpAsync(smtp.Port);
        var resident = await agency.CreateResidentAsync();
        await resident.SetFrequencyAsync("immediate");
        var id = await agency.UserIdAsync(resident.Email);
        await agency.NotifyAsync(new Notice { Event = "CommentReplied", Title = "Réponse à votre commentaire", Text = "Texte de la réponse", Url = "projets/residence-les-tilleuls" }, Audience.Users(id));
        await agency.SendMailAsync();
        var retention = factory.Services.GetRequiredService<EmailRetention>();

        factory.Clock.Advance(TimeSpan.FromDays(29));
        await retention.RunOnceAsync(agency.Tenant, CancellationToken.None);
        var early = Assert.Single(await agency.OutboxAsync(), m => m.Recipient == resident.Email);
        factory.Clock.Advance(TimeSpan.FromDays(2));
        await retention.RunOnceAsync(agency.Tenant, CancellationToken.None);
        var late = Assert.Single(await agency.OutboxAsync(), m => m.Recipient == resident.Email);

        Assert.Single(smtp.To(resident.Email));
        Assert.Contains("Texte de la réponse", early.TextBody, StringComparison.Ordinal);
        Assert.NotNull(early.UnsubscribeUrl);
        Assert.Equal(EmailStatus.Sent, late.Status);
        Assert.Equal(early.SentUtc, late.SentUtc);
        Assert.Equal(early.Subject, late.Subject);
        Assert.Equal("", late.HtmlBody);
        Assert.Equal("", late.TextBody);
        Assert.Null(late.UnsubscribeUrl);
    }

    [SkippableFact]
    public async Task ReadInAppNotification_AfterTheRetention_IsDeleted_AndAnUnreadOneStays()
    {
        await using var factory = new TFactory();
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        var id = await agency.UserIdAsync(resident.Email);
        await agency.NotifyAsync(new Notice { Event = "CommentReplied", Title = "Réponse déjà lue", Text = "Texte lu", Url = "projets/residence-les-tilleuls" }, Audience.Users(id));
        await agency.NotifyAsync(new Notice { Event = "CommentReplied", Title = "Réponse pas encore lue", Text = "Texte à lire", Url = "projets/residence-les-alpins" }, Audience.Users(id));
        var list = System.Text.Json.JsonDocument.Parse(await resident.Api.GetStringAsync("api/v1/notifications")).RootElement;
        var read = list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString() == "Réponse déjà lue").GetProperty("id").GetInt64();
        Assert.Equal(System.Net.HttpStatusCode.NoContent, (await resident.Api.PostAsync($"api/v1/notifications/{read}/read", null)).StatusCode);
        var retention = factory.Services.GetRequiredService<InAppNotificationRetention>();

        factory.Clock.Advance(TimeSpan.FromDays(179));
        var early = await retention.RunOnceAsync(agency.Tenant, CancellationToken.None);
        factory.Clock.Advance(TimeSpan.FromDays(2));
        var late = await retention.RunOnceAsync(agency.Tenant, CancellationToken.None);
        var left = await agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Set<InAppNotification>().Where(n => n.UserId == id).Select(n => n.Title).ToListAsync());

        Assert.Equal(0, early);
        Assert.Equal(1, late);
        Assert.Equal(["Réponse pas encore lue"], left);
    }

    [SkippableFact]
    public async Task LockOutOfAnUnknownAddress_AfterTheRetention_IsForgotten_AndALiveCountStays()
    {
        await using var factory = new TFactory();
        var agency = await factory.CreateAgencyAsync();
        var stranger = agency.Client();
        for (var attempt = 0; attempt < 5; attempt++)
            await stranger.PostAsJsonAsync("api/v1/auth/token", new { email = "inconnu@ailleurs.test", password = "Mauvais-Mot-2026" });
        await stranger.PostAsJsonAsync("api/v1/auth/token", new { email = "distrait@ailleurs.test", password = "Mauvais-Mot-2026" });
        var rows = await LoginFailuresAsync(agency);
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => r.LockoutEnd is not null);
        var retention = factory.Services.GetRequiredService<LoginFailureRetention>();

        factory.Clock.Advance(TimeSpan.FromDays(29));
        var early = await retention.RunOnceAsync(agency.Tenant, CancellationToken.None);
        factory.Clock.Advance(TimeSpan.FromDays(2));
        var late = await retention.RunOnceAsync(agency.Tenant, CancellationToken.None);
        var left = await LoginFailuresAsync(agency);

        Assert.Equal(0, early);
        Assert.Equal(1, late);
        // The address that failed once and was never locked keeps its count: it has no date to expire by.
        var kept = Assert.Single(left);
        Assert.Equal(1, kept.FailedCount);
        Assert.Null(kept.LockoutEnd);
    }

    private static Task<List<LoginFailure>> LoginFailuresAsync(Agency agency) =>
        agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Set<LoginFailure>().AsNoTracking().ToListAsync());
}

/// <summary>An event no consumer reacts to, for an outbox row nobody has read.</summary>
public sealed record UnreadTestEvent(string ContentItemId) : IDomainEvent;

public sealed class RetentionTestsOnSqlite : RetentionTests<RetentionSqliteFactory>;

public sealed class RetentionTestsOnPostgres : RetentionTests<RetentionPostgresFactory>;
