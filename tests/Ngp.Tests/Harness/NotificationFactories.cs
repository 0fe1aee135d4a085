using System.Collections.Concurrent;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Ngp.Core.Data;
using Ngp.Core.Notifications;
using Ngp.Notifications;
using Ngp.Notifications.Data;
using Ngp.Notifications.Sending;

namespace Ngp.Tests.Harness;

/// <summary>Members of the "followers" groups, as a test sets them (participation owns the real ones).</summary>
public sealed class TestFollowers
{
    public ConcurrentDictionary<string, IReadOnlyList<AudienceMember>> Groups { get; } = new();
}

public sealed class TestFollowersSource(TestFollowers followers) : IAudienceSource
{
    public string Kind => AudienceKinds.Followers;

    public Task<IReadOnlyList<AudienceMember>> ResolveAsync(string key, CancellationToken ct = default) =>
        Task.FromResult(followers.Groups.TryGetValue(key, out var members) ? members : (IReadOnlyList<AudienceMember>)[]);
}

/// <summary>What the notification tests need of their factory: a clock they move, a followers source, no background sender.</summary>
public interface INotificationFactory
{
    FakeTimeProvider Clock { get; }

    TestFollowers Followers { get; }
}

internal static class NotificationFactorySetup
{
    /// <summary>The next Tuesday, 06:00 in Paris, from the real now: an hour before the daily digest, a day before the weekly one.</summary>
    public static readonly DateTimeOffset Start = NextInParis(DateTimeOffset.UtcNow, DayOfWeek.Tuesday, hour: 6);

    /// <summary>The first <paramref name="day"/> at <paramref name="hour"/>:00 Paris time after <paramref name="now"/>.</summary>
    public static DateTimeOffset NextInParis(DateTimeOffset now, DayOfWeek day, int hour)
    {
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var date = TimeZoneInfo.ConvertTime(now, paris).Date;
        while (true)
        {
            var local = date.AddHours(hour);
            var candidate = new DateTimeOffset(local, paris.GetUtcOffset(local));
            if (date.DayOfWeek == day && candidate > now)
                return candidate.ToUniversalTime();
            date = date.AddDays(1);
        }
    }

    public static void Settings(IDictionary<string, string?> settings)
    {
        // Tests drive the sender and the digests themselves, so each step happens when the test says.
        settings["Ngp:Notifications:Enabled"] = "false";
        settings["Ngp:Notifications:RetryBaseDelay"] = "00:00:10";
        settings["Ngp:Notifications:RetryMaxDelay"] = "00:05:00";
        settings["Ngp:Notifications:BatchSize"] = "20";
        // Generous: a 2-core CI machine running PostgreSQL and other test classes can stall a loopback session for seconds.
        settings["Ngp:Notifications:SmtpTimeoutSeconds"] = "30";
        settings["Ngp:Notifications:DigestHour"] = "7";
        settings["Ngp:Notifications:WeeklyDigestDay"] = "Wednesday";
    }

    public static void Services(IServiceCollection services, FakeTimeProvider clock, TestFollowers followers)
    {
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
        services.AddSingleton(followers);
        services.AddScoped<IAudienceSource, TestFollowersSource>();
    }
}

public class NotificationSqliteFactory : SqliteFactory, INotificationFactory
{
    public FakeTimeProvider Clock { get; } = new(NotificationFactorySetup.Start);

    public TestFollowers Followers { get; } = new();

    protected override void AddSettings(IDictionary<string, string?> settings) => NotificationFactorySetup.Settings(settings);

    protected override void ConfigureServices(IServiceCollection services) => NotificationFactorySetup.Services(services, Clock, Followers);
}

public class NotificationPostgresFactory : PostgresFactory, INotificationFactory
{
    public FakeTimeProvider Clock { get; } = new(NotificationFactorySetup.Start);

    public TestFollowers Followers { get; } = new();

    protected override void AddSettings(IDictionary<string, string?> settings) => NotificationFactorySetup.Settings(settings);

    protected override void ConfigureServices(IServiceCollection services) => NotificationFactorySetup.Services(services, Clock, Followers);
}

/// <summary>Steps the notification tests share: point an agency at a server, notify, send, read the outbox.</summary>
public static class NotificationSteps
{
    /// <summary>Points the agency at the test server, from an empty outbox (<see cref="EmptyOutboxAsync"/>).</summary>
    public static async Task UseSmtpAsync(this Agency agency, int port)
    {
        await agency.EmptyOutboxAsync();
        await agency.PointAtAsync(port);
    }

    /// <summary>
    /// Settles the agency's setup (its default workflow mails the demo synthesis to the demo stakeholders a moment
    /// later) and discards the e-mails it queued, so that the outbox holds only what the test causes.
    /// </summary>
    public static async Task EmptyOutboxAsync(this Agency agency)
    {
        await agency.SettleAsync();
        await agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Set<EmailMessage>().ExecuteDeleteAsync());
    }

    private static Task PointAtAsync(this Agency agency, int port) => agency.InScopeAsync(async sp =>
    {
        var result = await sp.GetRequiredService<SmtpSettingsStore>().SaveAsync(
            new SmtpSettingsInput("127.0.0.1", port, SmtpTlsMode.None, null, null, "Agence test", "ne-pas-repondre@agence.test"), CancellationToken.None);
        Assert.True(result.IsOk, result.Message);
        return true;
    });

    public static Task<string> UserIdAsync(this Agency agency, string email) => agency.InScopeAsync(async sp =>
        (await sp.GetRequiredService<UserManager<NgpUser>>().FindByEmailAsync(email))!.Id);

    public static Task<int> NotifyAsync(this Agency agency, Notice notice, Audience audience) => agency.InScopeAsync(async sp =>
    {
        var reached = await sp.GetRequiredService<INotifier>().NotifyAsync(notice, audience);
        await sp.GetRequiredService<NgpDbContext>().SaveChangesAsync();
        return reached;
    });

    public static Task<List<EmailMessage>> OutboxAsync(this Agency agency) => agency.InScopeAsync(sp =>
        sp.GetRequiredService<NgpDbContext>().Set<EmailMessage>().AsNoTracking().OrderBy(m => m.Id).ToListAsync());

    public static Task SendMailAsync(this Agency agency) =>
        agency.Factory.Services.GetRequiredService<EmailDispatcher>().DrainAsync(agency.Tenant);

    /// <summary>An account's frequency as its owner would choose it (for accounts a test has no client of).</summary>
    public static Task ChooseFrequencyAsync(this Agency agency, string userId, string frequency) => agency.InScopeAsync(async sp =>
    {
        var chosen = await sp.GetRequiredService<NotificationPreferences>().SetAsync(userId, frequency, null, CancellationToken.None);
        Assert.True(chosen.IsOk, chosen.Message);
        return true;
    });

    public static async Task SetFrequencyAsync(this Resident resident, string frequency)
    {
        var response = await resident.Api.PutAsync("api/v1/me/notification-settings", System.Net.Http.Json.JsonContent.Create(new { frequency }));
        Assert.True(response.IsSuccessStatusCode, $"PUT settings answered {(int)response.StatusCode}");
    }
}
