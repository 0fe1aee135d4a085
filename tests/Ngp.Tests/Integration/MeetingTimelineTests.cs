using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Contents.Items;
using Ngp.Core.Outbox;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration;

/// <summary>A project's public page shows its meetings and their syntheses, dated and linked, through the timeline extension point.</summary>
public abstract class MeetingTimelineTests<TFactory> where TFactory : NgpFactory, INotificationFactory, new()
{
    [SkippableFact]
    public async Task ProjectPage_ListsItsMeetings_AndTheirPublishedSyntheses_NotOtherProjectsMeetings()
    {
        await using var factory = new TFactory();
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var project = await MeetingsApi.PublishProjectAsync(admin, "Résidence du Lavoir");
        var start = factory.Clock.GetUtcNow().AddHours(1);
        var past = await MeetingsApi.PublishMeetingAsync(admin, "Réunion de lancement du Lavoir", start, project: project);
        var upcoming = await MeetingsApi.PublishMeetingAsync(admin, "Visite des logements témoins", start.AddDays(20), project: project);
        var elsewhere = await MeetingsApi.PublishMeetingAsync(admin, "Comité d'une autre résidence", start);
        var dispatcher = factory.Services.GetRequiredService<OutboxDispatcher>();
        await dispatcher.DrainAsync(agency.Tenant);
        var url = await agency.InScopeAsync(async sp =>
        {
            var query = sp.GetRequiredService<ContentQuery>();
            return (await query.RelativeUrlAsync((await query.PublishedAsync(project, CancellationToken.None))!, CancellationToken.None))!;
        });

        var before = await agency.Client().GetStringAsync(url);
        factory.Clock.Advance(TimeSpan.FromHours(3));
        var closed = await admin.PostAsJsonAsync($"api/v1/meetings/{past}/close", MeetingsApi.Synthesis());
        Assert.Equal(HttpStatusCode.Created, closed.StatusCode);
        await dispatcher.DrainAsync(agency.Tenant);
        await dispatcher.DrainAsync(agency.Tenant);
        var html = await agency.Client().GetStringAsync(url);

        Assert.Contains("Réunion de lancement du Lavoir", before, StringComparison.Ordinal);
        Assert.Equal(2, Count(before, "class=\"timeline-entry\""));
        Assert.Equal(3, Count(html, "class=\"timeline-entry\""));
        var synthesis = await agency.Client().GetFromJsonAsync<JsonElement>($"api/v1/meetings/{past}/synthesis");
        var text = Forms.Text(html);
        Assert.Contains("Réunions et synthèses", text, StringComparison.Ordinal);
        Assert.Contains("Visite des logements témoins", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Comité d'une autre résidence", text, StringComparison.Ordinal);
        Assert.Contains($"href=\"{agency.PathBase}/{synthesis.GetProperty("url").GetString()}\"", html, StringComparison.Ordinal);
        // In date order: the meeting, its synthesis after it, then the meeting to come.
        var meetingAt = text.IndexOf("Réunion de lancement du Lavoir", StringComparison.Ordinal);
        var synthesisAt = text.IndexOf(synthesis.GetProperty("title").GetString()!, meetingAt + 1, StringComparison.Ordinal);
        Assert.True(meetingAt >= 0 && synthesisAt > meetingAt && text.IndexOf("Visite des logements témoins", StringComparison.Ordinal) > synthesisAt, text);
        _ = upcoming;
        _ = elsewhere;
    }

    private static int Count(string text, string part) => text.Split(part).Length - 1;
}

public sealed class MeetingTimelineTestsOnSqlite : MeetingTimelineTests<NotificationSqliteFactory>;

public sealed class MeetingTimelineTestsOnPostgres : MeetingTimelineTests<NotificationPostgresFactory>;
