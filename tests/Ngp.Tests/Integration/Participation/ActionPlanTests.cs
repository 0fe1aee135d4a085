using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration.Participation;

/// <summary>
/// The head office's action plan (recipe <c>head-office</c>), the agencies' projects linked to its actions (recipe
/// <c>agency-demo</c>: Les Alpins → 1.2 and 2.3, Clos des Tilleuls → 4.2 and 4.3, Terrasses du Drac → 2.1), the API
/// and the dashboard. The head office sees every agency the class created, so each test looks at its own agency.
/// </summary>
public abstract class ActionPlanTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : NgpFactory
{
    private const string Alpins = ParticipationHarness.DemoProject;

    [SkippableFact]
    public async Task ActionPlanApi_OnTheHeadOffice_GivesTheFourAmbitionsAndTheDemoActionsWithTheirFigures()
    {
        var plan = await PlanAsync(factory.ClientFor(""));

        Assert.True(plan.GetProperty("headOffice").GetBoolean());
        var ambitions = plan.GetProperty("ambitions").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3, 4], ambitions.Select(a => a.GetProperty("number").GetInt32()));
        Assert.Equal("Coélaborer la décision comme mode de gouvernance", ambitions[1].GetProperty("title").GetString());
        Assert.Equal([4, 3, 4, 3], ambitions.Select(a => a.GetProperty("actionCount").GetInt32()));
        Assert.Equal([3, 2, 2, 1], ambitions.Select(a => a.GetProperty("priorityCount").GetInt32()));
        // The average of the actions' progress: (50 + 60 + 0 + 100) / 4, (40 + 0 + 30) / 3, (0 + 100 + 50 + 10) / 4, (20 + 70 + 0) / 3.
        Assert.Equal([52.5, 23.3, 40, 30], ambitions.Select(a => a.GetProperty("progress").GetDouble()));
        var statuses = ambitions[0].GetProperty("statuses");
        Assert.Equal((1, 2, 1, 0), (statuses.GetProperty("notStarted").GetInt32(), statuses.GetProperty("inProgress").GetInt32(), statuses.GetProperty("done").GetInt32(), statuses.GetProperty("suspended").GetInt32()));

        var action = Action(plan, "2.3");
        Assert.StartsWith("Rendre l'habitant acteur de son logement", action.GetProperty("title").GetString());
        Assert.Equal("Direction de la clientèle", action.GetProperty("owner").GetString());
        Assert.True(action.GetProperty("priority").GetBoolean());
        Assert.Equal("inProgress", action.GetProperty("status").GetString());
        Assert.Equal("En cours", action.GetProperty("statusLabel").GetString());
        Assert.Equal(30, action.GetProperty("progress").GetDouble());
        Assert.Equal(["1.1", "1.2", "1.3", "1.4"], ambitions[0].GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("code").GetString()));
    }

    [SkippableFact]
    public async Task ProjectLinkedInAnAgency_ShowsUnderItsActionOnTheHeadOffice_UntilUnlinkedThenUnpublished()
    {
        var agency = await factory.CreateAgencyAsync();
        var headOffice = factory.ClientFor("");

        var linked = Projects(await PlanAsync(headOffice), "1.2").Single(p => p.GetProperty("agency").GetString() == agency.Name);
        Assert.Equal(Alpins, linked.GetProperty("id").GetString());
        Assert.Equal("Réhabilitation de la résidence Les Alpins", linked.GetProperty("title").GetString());
        Assert.Equal($"{agency.PathBase}/projets/rehabilitation-de-la-residence-les-alpins", linked.GetProperty("url").GetString());
        Assert.Equal("during", linked.GetProperty("phase").GetString());
        Assert.Equal(agency.Tenant.DisplayName, linked.GetProperty("agencyName").GetString());
        Assert.Equal(agency.PathBase + "/", linked.GetProperty("agencyUrl").GetString());
        var figures = (await PlanAsync(headOffice)).GetProperty("agencies").EnumerateArray().Single(a => a.GetProperty("name").GetString() == agency.Name);
        Assert.Equal(3, figures.GetProperty("linkedProjects").GetInt32());
        Assert.Equal([1, 2, 0, 1], figures.GetProperty("projectsPerAmbition").EnumerateArray().Select(a => a.GetProperty("projects").GetInt32()));

        // On the agency's own site: the same plan, only its projects.
        var own = await PlanAsync(agency.Client());
        Assert.False(own.GetProperty("headOffice").GetBoolean());
        Assert.Equal(14, own.GetProperty("actionCount").GetInt32());
        Assert.Equal([Alpins], Projects(own, "1.2").Select(p => p.GetProperty("id").GetString()));
        Assert.Single(own.GetProperty("agencies").EnumerateArray());

        var admin = await agency.AdminAsync();
        await SaveLinksAsync(admin, Alpins, "2.3");
        await NewsApi.PublishAsync(admin, Alpins);
        var unlinked = await PlanAsync(headOffice);
        Assert.DoesNotContain(Projects(unlinked, "1.2"), p => p.GetProperty("agency").GetString() == agency.Name);
        Assert.Contains(Projects(unlinked, "2.3"), p => p.GetProperty("agency").GetString() == agency.Name && p.GetProperty("id").GetString() == Alpins);

        await NewsApi.UnpublishAsync(admin, Alpins);
        var unpublished = await PlanAsync(headOffice);
        Assert.DoesNotContain(Projects(unpublished, "2.3"), p => p.GetProperty("agency").GetString() == agency.Name);
        Assert.Equal(2, unpublished.GetProperty("agencies").EnumerateArray().Single(a => a.GetProperty("name").GetString() == agency.Name).GetProperty("linkedProjects").GetInt32());
    }

    [SkippableFact]
    public async Task UnknownActionCode_OnAProject_IsRefusedWithAFrenchMessage_InTheApiAndTheAdminEditor()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();

        var refused = await PutLinksAsync(admin, Alpins, "1.2, 4.9");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var errors = (await ParticipationHarness.JsonAsync(refused)).GetProperty("errors").GetProperty("fields.PlanActions");
        Assert.Equal("L'action « 4.9 » n'existe pas dans le plan d'actions du siège.", errors[0].GetString());
        var malformed = await PutLinksAsync(admin, Alpins, "action 2");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, malformed.StatusCode);
        Assert.Contains("ex. : 2.3", (await ParticipationHarness.JsonAsync(malformed)).GetProperty("errors").GetProperty("fields.PlanActions")[0].GetString());

        // The admin editor: the codes in a plain text input, the message beside it, then saved in code order.
        var browser = await ParticipationHarness.BrowserAsync(agency, NgpFactory.AdminEmail, NgpFactory.AdminPassword);
        var page = new HtmlParser().ParseDocument(await browser.GetStringAsync($"admin/contenus/{Alpins}"));
        var input = page.QuerySelector("input[name='fields.PlanActions']");
        Assert.NotNull(input);
        Assert.Equal("1.2, 2.3", input.GetAttribute("value"));
        var fields = page.QuerySelectorAll("form.content-editor input[name], form.content-editor textarea[name]")
            .Where(e => e.GetAttribute("type") is not ("file" or "checkbox"))
            .GroupBy(e => e.GetAttribute("name")!)
            .ToDictionary(g => g.Key, g => g.First().TagName == "TEXTAREA" ? g.First().TextContent : g.First().GetAttribute("value") ?? "");
        fields["action"] = "save";
        fields["fields.PlanActions"] = "3.7";
        var form = await Forms.SubmitAsync(browser, $"admin/contenus/{Alpins}", fields);
        Assert.Contains("L'action « 3.7 » n'existe pas dans le plan d'actions du siège.", Forms.Errors(await form.Content.ReadAsStringAsync()));
        fields["fields.PlanActions"] = "4.1 ; 1.4";
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.SubmitAsync(browser, $"admin/contenus/{Alpins}", fields)).StatusCode);
        var saved = await admin.GetFromJsonAsync<JsonObject>($"api/v1/content/{Alpins}");
        Assert.Equal("1.4, 4.1", saved!["fields"]!["PlanActions"]!["value"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task Dashboard_ShowsSvgChartsWithTablesOfTheSameFiguresAsTheApi_OnTheHeadOfficeAndOnAnAgency()
    {
        var agency = await factory.CreateAgencyAsync();
        var headOffice = factory.ClientFor("");
        var plan = await PlanAsync(headOffice);
        var page = new HtmlParser().ParseDocument(await headOffice.GetStringAsync("plan-d-actions"));

        Assert.Equal(2, page.QuerySelectorAll("svg[role=img][aria-labelledby] title").Length);
        var rows = page.QuerySelectorAll("#tableau-ambitions tbody tr");
        Assert.Equal(4, rows.Length);
        foreach (var (row, ambition) in rows.Zip(plan.GetProperty("ambitions").EnumerateArray()))
        {
            var statuses = ambition.GetProperty("statuses");
            var progress = ambition.GetProperty("progress").GetDouble().ToString("0.##", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")) + " %";
            Assert.Equal(
                [ambition.GetProperty("actionCount").GetInt32().ToString(), ambition.GetProperty("priorityCount").GetInt32().ToString(),
                 statuses.GetProperty("notStarted").GetInt32().ToString(), statuses.GetProperty("inProgress").GetInt32().ToString(),
                 statuses.GetProperty("done").GetInt32().ToString(), statuses.GetProperty("suspended").GetInt32().ToString(), progress],
                row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
            Assert.Contains(progress, page.QuerySelector("svg#avancement-ambitions")!.TextContent);
        }
        Assert.Equal("52,5 %", rows[0].QuerySelectorAll("td").Last().TextContent);
        var agencyRow = page.QuerySelectorAll("#tableau-agences tbody tr").Single(r => r.QuerySelector("th a")!.GetAttribute("href") == agency.PathBase + "/");
        // Linked projects, per ambition 1 to 4, then before / during / after the works.
        Assert.Equal(["3", "1", "2", "0", "1", "1", "1", "1"], agencyRow.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        var action = page.QuerySelector("#action-1-2")!;
        Assert.Contains(action.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"{agency.PathBase}/projets/rehabilitation-de-la-residence-les-alpins");

        var own = new HtmlParser().ParseDocument(await agency.Client().GetStringAsync("plan-d-actions"));
        Assert.Single(own.QuerySelectorAll("#tableau-agences tbody tr"));
        Assert.Equal(2, own.QuerySelectorAll("svg[role=img] title").Length);
        Assert.Equal(["Réhabilitation de la résidence Les Alpins"], own.QuerySelectorAll("#action-1-2 li a").Select(a => a.TextContent));
        Assert.NotNull(own.QuerySelector("nav a[href$='/plan-d-actions']"));
    }

    private static async Task<JsonElement> PlanAsync(HttpClient client)
    {
        var response = await client.GetAsync("api/v1/action-plan");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ParticipationHarness.JsonAsync(response);
    }

    private static JsonElement Action(JsonElement plan, string code) =>
        plan.GetProperty("ambitions").EnumerateArray().SelectMany(a => a.GetProperty("actions").EnumerateArray()).Single(a => a.GetProperty("code").GetString() == code);

    private static List<JsonElement> Projects(JsonElement plan, string code) => Action(plan, code).GetProperty("projects").EnumerateArray().ToList();

    private static async Task<HttpResponseMessage> PutLinksAsync(HttpClient admin, string id, string codes)
    {
        var item = (await admin.GetFromJsonAsync<JsonObject>($"api/v1/content/{id}"))!;
        return await admin.PutAsJsonAsync($"api/v1/content/{id}", new { title = item["title"]!.GetValue<string>(), parts = item["parts"], fields = new { PlanActions = codes } });
    }

    private static async Task SaveLinksAsync(HttpClient admin, string id, string codes)
    {
        var response = await PutLinksAsync(admin, id, codes);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}

public sealed class ActionPlanTestsOnSqlite(SqliteFactory factory) : ActionPlanTests<SqliteFactory>(factory);

public sealed class ActionPlanTestsOnPostgres(PostgresFactory factory) : ActionPlanTests<PostgresFactory>(factory);
