using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Notifications;
using Ngp.Recipes;
using Ngp.Tests.Harness;
using Ngp.Workflows.Model;

namespace Ngp.Tests.Integration;

public sealed class WorkflowDefinitionTests
{
    private static object Valid(string id) => WorkflowSteps.Chain(id, new { type = "ContentPublished" }, ("noter", "Log", new { message = "vu" }));

    private static async Task<(HttpStatusCode Status, JsonElement Problem)> PutAsync(HttpClient admin, string id, object definition)
    {
        var response = await admin.PutAsJsonAsync($"api/v1/workflows/{id}", definition);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    [Fact]
    public async Task InvalidWorkflows_AreRefused_WithAFrenchReason()
    {
        await using var factory = new WorkflowFactory();
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();

        var dangling = await PutAsync(admin, "pendante", new
        {
            id = "pendante",
            name = "Transition pendante",
            startEvent = new { type = "ContentPublished" },
            activities = new[] { new { id = "noter", type = "Log", properties = new { message = "vu" } } },
            transitions = new[] { new { from = "start", outcome = "Done", to = "noter" }, new { from = "noter", outcome = "Done", to = "nulle-part" } },
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, dangling.Status);
        Assert.Contains("mène à l'activité « nulle-part », qui n'existe pas", dangling.Problem.GetProperty("title").GetString());

        var noStart = await PutAsync(admin, "sans-depart", new
        {
            id = "sans-depart",
            name = "Sans départ",
            activities = new[] { new { id = "noter", type = "Log", properties = new { message = "vu" } } },
            transitions = Array.Empty<object>(),
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noStart.Status);
        Assert.Contains("pas d'événement de départ", noStart.Problem.GetProperty("errors").GetProperty("startEvent")[0].GetString());

        var badLiquid = await PutAsync(admin, "liquide", WorkflowSteps.Chain("liquide", new { type = "ContentPublished" },
            ("ecrire", "SendEmail", new { subject = "Bonjour {{ Content.DisplayText ", to = "a@exemple.fr" })));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badLiquid.Status);
        var liquidError = badLiquid.Problem.GetProperty("errors").GetProperty("activities[0].properties.subject")[0].GetString();
        Assert.Matches(@"Expression Liquid invalide \(ligne 1, colonne \d+\)", liquidError);

        var badOutcome = await PutAsync(admin, "issue", new
        {
            id = "issue",
            name = "Issue inconnue",
            startEvent = new { type = "ContentPublished" },
            activities = new[] { new { id = "test", type = "IfElse", properties = new { condition = "Content.DisplayText contains \"travaux\"" } } },
            transitions = new[] { new { from = "start", outcome = "Done", to = "test" }, new { from = "test", outcome = "Peut-être", to = "test" } },
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badOutcome.Status);
        Assert.Contains("n'a que : True, False", badOutcome.Problem.GetProperty("title").GetString());

        var unknownActivity = await PutAsync(admin, "inconnue", WorkflowSteps.Chain("inconnue", new { type = "ContentPublished" }, ("x", "Teleporter", new { })));
        Assert.Contains("le type « Teleporter » n'existe pas", unknownActivity.Problem.GetProperty("title").GetString());

        var list = await admin.GetFromJsonAsync<JsonElement>("api/v1/workflows");
        Assert.DoesNotContain(list.EnumerateArray(), w => w.GetProperty("id").GetString() is "pendante" or "sans-depart" or "liquide" or "issue" or "inconnue");
    }

    [Fact]
    public async Task ImportingARecipeTwice_KeepsOneTypePerId_AndUpdatesIt()
    {
        await using var factory = new WorkflowFactory();
        var agency = await factory.CreateAgencyAsync();
        var step = JsonSerializer.SerializeToElement(new { name = "workflows", workflows = new[] { Valid("importe") } }, JsonSerializerOptions.Web);
        var changed = JsonSerializer.SerializeToElement(new
        {
            name = "workflows",
            workflows = new[] { WorkflowSteps.Chain("importe", new { type = "ContentUnpublished" }, ("noter", "Log", new { message = "retiré" })) },
        }, JsonSerializerOptions.Web);
        var recipe = new Recipe { Name = "test" };
        async Task ImportAsync(JsonElement body) => await agency.InScopeAsync(async sp =>
        {
            var workflows = sp.GetServices<IRecipeStep>().Single(s => s.Name == "workflows");
            Assert.Empty(workflows.Validate(body));
            await workflows.ExecuteAsync(body, new RecipeContext(recipe, new Dictionary<string, string>()), CancellationToken.None);
            return 0;
        });

        await ImportAsync(step);
        await ImportAsync(step);
        var admin = await agency.AdminAsync();
        var imported = (await admin.GetFromJsonAsync<JsonElement>("api/v1/workflows")).EnumerateArray().Where(w => w.GetProperty("id").GetString() == "importe").ToList();
        Assert.Equal(1, Assert.Single(imported).GetProperty("version").GetInt32());

        await ImportAsync(changed);
        var updated = (await admin.GetFromJsonAsync<JsonElement>("api/v1/workflows")).EnumerateArray().Single(w => w.GetProperty("id").GetString() == "importe");
        Assert.Equal("ContentUnpublished", updated.GetProperty("startEvent").GetString());
        Assert.Equal(2, updated.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task WorkflowApi_IsForAdministratorsOnly()
    {
        await using var factory = new WorkflowFactory();
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await resident.Api.GetAsync("api/v1/workflows")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await agency.Client().GetAsync("api/v1/workflows")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await resident.Api.PostAsync("api/v1/workflow-instances/x/retry", null)).StatusCode);
        var admin = await agency.AdminAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync("api/v1/workflow-instances/x/retry", null)).StatusCode);
    }

    [Fact]
    public async Task DefaultWorkflows_NotifyFollowersOfPublishedNews_ModeratorsOfReports_AndParticipantsOfClosedConsultations()
    {
        await using var factory = new WorkflowFactory();
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var defaults = (await admin.GetFromJsonAsync<JsonElement>("api/v1/workflows")).EnumerateArray().Select(w => w.GetProperty("id").GetString()).ToList();
        Assert.Contains("actualite-publiee-abonnes", defaults);

        var news = await agency.CreateNewsAsync("Ravalement des façades", publish: true);
        await agency.RaiseAsync(new CommentReported(news, "c-1", 1));
        await agency.RaiseAsync(new ConsultationClosed("concertation-9", "Consultation"));
        await agency.SettleAsync();

        var sent = factory.Notifier.Sent.ToList();
        // The demo news of the recipe were published after the default workflows were imported: they notified too.
        Assert.Contains(sent, s => s.Notice.ContentItemId == "demo-news-1");
        var followers = Assert.Single(sent, s => s.Audience.Groups.Any(g => g.Kind == AudienceKinds.Followers) && s.Notice.ContentItemId == news);
        Assert.Equal("Nouvelle actualité : Ravalement des façades", followers.Notice.Title);
        Assert.Equal(news, followers.Audience.Groups[0].Key);
        Assert.Equal(news, followers.Notice.ContentItemId);
        Assert.StartsWith("actualites/", followers.Notice.Url);
        var moderators = Assert.Single(sent, s => s.Audience.Roles.Contains("Moderator"));
        Assert.Contains("Ravalement des façades", moderators.Notice.Text);
        var participants = Assert.Single(sent, s => s.Audience.Groups.Any(g => g.Kind == AudienceKinds.Participants));
        Assert.Equal("concertation-9", participants.Audience.Groups[0].Key);
        Assert.All(await agency.InstancesAsync("actualite-publiee-abonnes"), i => Assert.Equal(WorkflowStatus.Finished, i.Status));
        Assert.Equal(sent.Count, sent.Select(s => s.Notice.IdempotencyKey).Distinct().Count());
    }
}
