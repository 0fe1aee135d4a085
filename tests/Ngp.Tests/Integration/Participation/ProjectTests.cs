using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Contents.Items;
using Ngp.Core.Data;
using Ngp.Core.Outbox;
using Ngp.Participation;
using Ngp.Projects;
using Ngp.Projects.Data;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration.Participation;

public sealed class ProjectTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    [Fact]
    public async Task AdminEditor_ChangingOnlyTheCurrentPhase_SavesItAndKeepsTheRestOfTheProjectAsItWas()
    {
        var agency = await factory.CreateAgencyAsync();
        var browser = await ParticipationHarness.BrowserAsync(agency, NgpFactory.AdminEmail, NgpFactory.AdminPassword);
        var admin = await agency.AdminAsync();
        var before = (await admin.GetFromJsonAsync<JsonObject>($"api/v1/content/{ParticipationHarness.DemoProject}"))!;
        var page = await EditorPage.OpenAsync(browser, $"admin/contenus/{ParticipationHarness.DemoProject}");
        Assert.Equal("during", page.Value("parts.Phases.current"));
        Assert.Null(page.Document.QuerySelector("[name='parts.Commentable']"));

        var saved = await page.Set("parts.Phases.current", "after").PressAsync("Enregistrer le brouillon");

        Assert.Equal(302, saved.Status);
        var after = (await admin.GetFromJsonAsync<JsonObject>($"api/v1/content/{ParticipationHarness.DemoProject}"))!;
        Assert.Equal("after", after["parts"]!["Phases"]!["current"]!.GetValue<string>());
        before["parts"]!["Phases"]!["current"] = "after";
        Assert.Equal(before["parts"]!["Phases"]!.ToJsonString(), after["parts"]!["Phases"]!.ToJsonString());
        Assert.Equal(before["parts"]!["RoadMap"]!.ToJsonString(), after["parts"]!["RoadMap"]!.ToJsonString());
        Assert.Equal(before["fields"]!.ToJsonString(), after["fields"]!.ToJsonString());
    }

    [Fact]
    public async Task ProjectPage_PhaseDatesAndUpdates_ReadAsFrenchDatesWithPremier_ThenInEnglish_NeverIso()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var project = await MeetingsApi.PublishContentAsync(admin, new
        {
            type = "Project",
            title = "Résidence des Tilleuls",
            parts = new
            {
                Summary = new { text = "Réhabilitation." },
                Phases = new
                {
                    current = "before",
                    phases = new object[]
                    {
                        new { key = "before", start = "2025-09-01", end = "2026-03-31", description = "Diagnostic.", updates = new[] { new { date = "2025-10-14", text = "Réunion publique." } } },
                        new { key = "during", start = "2026-04-01", end = "", description = "Travaux.", updates = Array.Empty<object>() },
                    },
                },
            },
        });
        var browser = agency.Client(followRedirects: true);
        var path = await agency.InScopeAsync(async sp =>
        {
            var query = sp.GetRequiredService<ContentQuery>();
            return (await query.RelativeUrlAsync((await query.PublishedAsync(project, CancellationToken.None))!, CancellationToken.None))!;
        });

        var french = new HtmlParser().ParseDocument(await browser.GetStringAsync(path));
        var dates = french.QuerySelectorAll(".phase-dates").Select(p => p.TextContent).ToList();
        Assert.Equal([$"Du {ExpectedTime.French(new DateOnly(2025, 9, 1))} au {ExpectedTime.French(new DateOnly(2026, 3, 31))}", "À partir du 1er avril 2026"], dates);
        Assert.Equal("14 octobre 2025", french.QuerySelector(".phase-updates time")!.TextContent);
        Assert.DoesNotContain("2025-", french.Body!.TextContent, StringComparison.Ordinal);

        var english = new HtmlParser().ParseDocument(await browser.GetStringAsync($"langue?culture=en-GB&returnUrl=/{path}"));
        Assert.Equal(["From 1 September 2025 to 31 March 2026", "From 1 April 2026"], english.QuerySelectorAll(".phase-dates").Select(p => p.TextContent));
        Assert.Equal("14 October 2025", english.QuerySelector(".phase-updates time")!.TextContent);
    }

    [Fact]
    public async Task Publish_WithANewPhaseAndMeasure_RaisesPhaseChangedAndIndicatorUpdated()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        await factory.Services.GetRequiredService<OutboxDispatcher>().DrainAsync(agency.Tenant);
        var item = (await admin.GetFromJsonAsync<JsonObject>($"api/v1/content/{ParticipationHarness.DemoProject}"))!;
        var parts = item["parts"]!.AsObject();
        parts["Phases"]!["current"] = "after";
        parts["RoadMap"]!["indicators"]![0]!["values"]!.AsArray().Add(new JsonObject { ["date"] = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["value"] = 104 });
        var update = await admin.PutAsJsonAsync($"api/v1/content/{ParticipationHarness.DemoProject}", new { title = item["title"]!.GetValue<string>(), parts });
        Assert.True(update.IsSuccessStatusCode, await update.Content.ReadAsStringAsync());
        await NewsApi.PublishAsync(admin, ParticipationHarness.DemoProject);

        await factory.Services.GetRequiredService<OutboxDispatcher>().DrainAsync(agency.Tenant);

        var events = await agency.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<NgpDbContext>().OutboxMessages
            .Where(m => m.Type == nameof(ProjectPhaseChanged) || m.Type == nameof(IndicatorUpdated)).Select(m => m.Type + m.Payload).ToList()));
        Assert.Single(events, e => e.StartsWith(nameof(ProjectPhaseChanged), StringComparison.Ordinal) && e.Contains("\"toPhase\":\"after\"", StringComparison.Ordinal));
        Assert.Contains(events, e => e.StartsWith(nameof(IndicatorUpdated), StringComparison.Ordinal) && e.Contains("104", StringComparison.Ordinal));
        var page = await agency.Client().GetStringAsync("projets/rehabilitation-de-la-residence-les-alpins");
        Assert.Contains("Étape en cours : Après les travaux", Forms.Text(page));
    }

    [Fact]
    public async Task Publish_ProjectWithoutStateRowAsAfterTheUpgrade_AnnouncesTheMoveFromItsPreviousPublication()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        await factory.Services.GetRequiredService<OutboxDispatcher>().DrainAsync(agency.Tenant);
        // A database upgraded from before Ngp.Projects had its table: what was announced of the project is not there.
        await agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Set<ProjectState>()
            .Where(s => s.ContentItemId == ParticipationHarness.DemoProject).ExecuteDeleteAsync());
        var item = (await admin.GetFromJsonAsync<JsonObject>($"api/v1/content/{ParticipationHarness.DemoProject}"))!;
        var parts = item["parts"]!.AsObject();
        parts["Phases"]!["current"] = "after";
        var update = await admin.PutAsJsonAsync($"api/v1/content/{ParticipationHarness.DemoProject}", new { title = item["title"]!.GetValue<string>(), parts });
        Assert.True(update.IsSuccessStatusCode, await update.Content.ReadAsStringAsync());
        await NewsApi.PublishAsync(admin, ParticipationHarness.DemoProject);

        await factory.Services.GetRequiredService<OutboxDispatcher>().DrainAsync(agency.Tenant);

        var changes = await agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().OutboxMessages
            .Where(m => m.Type == nameof(ProjectPhaseChanged)).Select(m => m.Payload).ToListAsync());
        Assert.Single(changes, e => e.Contains("\"fromPhase\":\"during\"", StringComparison.Ordinal) && e.Contains("\"toPhase\":\"after\"", StringComparison.Ordinal));
        var state = await agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Set<ProjectState>().SingleAsync(s => s.ContentItemId == ParticipationHarness.DemoProject));
        Assert.Equal("after", state.Phase);
    }

    [Fact]
    public async Task ProjectPage_AnIndicatorWhereLowerIsBetter_SaysSoAndShowsProgressTowardsItsTarget()
    {
        var agency = await factory.CreateAgencyAsync();

        var html = await agency.Client().GetStringAsync("projets/rehabilitation-de-la-residence-les-alpins");
        var figure = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelectorAll("figure.indicator")
            .Single(f => f.QuerySelector("figcaption strong")?.TextContent == "Consommation de chauffage");
        var rows = figure.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray()).ToList();

        Assert.Contains("(plus bas, c'est mieux)", figure.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Progression vers l'objectif", figure.QuerySelectorAll("thead th").Last().TextContent);
        // From 175 down to 132, towards 90: half the way. The demo's dates move with the day it is set up; its figures do not.
        Assert.Equal([["175", "0 %"], ["132", "51 %"]], rows);
        Assert.DoesNotContain("Part de l'objectif", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProjectPage_ListsTheConsultationsThatPickIt_WithTheirState_AndNoOther()
    {
        var agency = await factory.CreateAgencyAsync();

        var html = await agency.Client().GetStringAsync("projets/rehabilitation-de-la-residence-les-alpins");
        var section = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("section.project-consultations");

        Assert.NotNull(section);
        var items = section.QuerySelectorAll("li").Select(li => Forms.Text(li.InnerHtml)).ToList();
        Assert.Equal(2, items.Count);
        Assert.Contains(items, i => i.StartsWith("Aménagement des cuisines des Alpins : votre avis — Ouverte jusqu'au ", StringComparison.Ordinal));
        Assert.Contains(items, i => i.StartsWith("Choix de la finition de votre cuisine — Ouverte jusqu'au ", StringComparison.Ordinal));
        Assert.Contains(section.QuerySelectorAll("a"), a => a.GetAttribute("href")!.EndsWith("/concertations/amenagement-des-cuisines-des-alpins-votre-avis", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Lists_AndNavigation_LeadToProjectsAndConsultations()
    {
        var agency = await factory.CreateAgencyAsync();
        var home = new HtmlParser().ParseDocument(await agency.Client().GetStringAsync(""));
        Assert.NotNull(home.QuerySelector("nav a[href$='/projets']"));
        Assert.NotNull(home.QuerySelector("nav a[href$='/concertations']"));
        Assert.Contains("Jardins partagés du Clos des Tilleuls", await agency.Client().GetStringAsync("projets"));
        var consultations = await agency.Client().GetStringAsync("concertations");
        Assert.Contains("Où installer les jardins partagés ?", consultations);
        var closed = Forms.Text(await agency.Client().GetStringAsync("participation/resultats/demo-consultation-jardins"));
        Assert.Contains("Concertation close", closed);
    }

    [Fact]
    public async Task ProjectAndConsultationPages_ReadAnonymously_SetNoCookie_AndComeFromThePublicCache()
    {
        var agency = await factory.CreateAgencyAsync();
        var list = new HtmlParser().ParseDocument(await agency.Client().GetStringAsync("concertations"));
        var consultation = list.QuerySelectorAll("a[href*='/concertations/']").Select(a => a.GetAttribute("href")!).First();
        string[] pages = ["projets/rehabilitation-de-la-residence-les-alpins", "concertations/" + consultation.Split("/concertations/")[1]];
        // The setup's own background work (events, the synthesis workflow) may still change what the public sees.
        await agency.SettleAsync();

        foreach (var page in pages)
        {
            // A cookie on an anonymous page (a TempData deletion) kept these pages out of the cache: rendered for every visitor.
            var first = await agency.Client().GetAsync(page);
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.False(first.Headers.Contains("Set-Cookie"), $"{page} sets a cookie: {string.Join(" | ", first.Headers.TryGetValues("Set-Cookie", out var c) ? c : [])}");
            var second = await agency.Client().GetAsync(page);
            Assert.True(second.Headers.Age is not null, $"{page} was rendered again instead of coming from the public page cache");
        }
    }
}
