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
        var project = await PublishAsync(admin, new { type = "Project", title = "Résidence du Lavoir", parts = new { Summary = new { text = "Réhabilitation." } } });
        var start = factory.Clock.GetUtcNow().AddHours(1);
        var past = await PublishMeetingAsync(admin, "Réunion de lancement du Lavoir", start, project);
        var upcoming = await PublishMeetingAsync(admin, "Visite des logements témoins", start.AddDays(20), project);
        var elsewhere = await PublishMeetingAsync(admin, "Comité d'une autre résidence", start, null);
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

    private static async Task<string> PublishAsync(HttpClient admin, object content)
    {
        var created = await admin.PostAsJsonAsync("api/v1/content", content);
        var body = await created.Content.ReadAsStringAsync();
        Assert.True(created.IsSuccessStatusCode, body);
        var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
        var published = await admin.PostAsync($"api/v1/content/{id}/publish", null);
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
        return id;
    }

    private static Task<string> PublishMeetingAsync(HttpClient admin, string title, DateTimeOffset startUtc, string? project) => PublishAsync(admin, new
    {
        type = "Meeting",
        title,
        parts = new { Summary = new { text = "Réunion de test." } },
        fields = new { Kind = "Réunion publique", Start = MeetingsApi.Paris(startUtc), End = MeetingsApi.Paris(startUtc.AddHours(2)), Place = "Salle commune", Project = project },
    });
}

public sealed class MeetingTimelineTestsOnSqlite : MeetingTimelineTests<NotificationSqliteFactory>;

public sealed class MeetingTimelineTestsOnPostgres : MeetingTimelineTests<NotificationPostgresFactory>;
