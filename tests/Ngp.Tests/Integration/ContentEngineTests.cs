using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Contents.Items;
using Ngp.Core.Data;
using Ngp.Core.Outbox;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration;

public abstract class ContentEngineTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : NgpFactory
{
    private static object News(string title, string summary = "Un résumé.", string body = "Le **texte**.") =>
        new { type = "News", title, parts = new { Summary = new { text = summary }, Body = new { markdown = body }, Tags = new { tags = new[] { "travaux", "Travaux", "quartier" } }, Ambition = new { value = 2 } } };

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private static Task<List<ContentItemVersion>> VersionsAsync(Agency agency, string id) =>
        agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Set<ContentItemVersion>().Where(v => v.ContentItemId == id).OrderBy(v => v.Number).ToListAsync());

    private static Task<List<string>> EventsAsync(Agency agency, string id) =>
        agency.InScopeAsync(async sp => (await sp.GetRequiredService<NgpDbContext>().Set<OutboxMessage>().OrderBy(m => m.Id).ToListAsync())
            .Where(m => m.Payload.Contains(id, StringComparison.Ordinal)).Select(m => m.Type).ToList());

    [SkippableFact]
    public async Task CreateThenPublish_GivesAPublishedItemWithItsFrenchSlugAndEvents()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();

        var created = await JsonAsync(await admin.PostAsJsonAsync("api/v1/content", News("Réunion de quartier du 14 avril")));
        var id = created.GetProperty("id").GetString()!;
        var published = await JsonAsync(await admin.PostAsync($"api/v1/content/{id}/publish", null));
        var read = await JsonAsync(await agency.Client().GetAsync($"api/v1/content/{id}"));

        Assert.Equal("Draft", created.GetProperty("status").GetString());
        Assert.Equal("Published", published.GetProperty("status").GetString());
        Assert.Equal("reunion-de-quartier-du-14-avril", read.GetProperty("slug").GetString());
        Assert.EndsWith($"{agency.PathBase}/actualites/reunion-de-quartier-du-14-avril", read.GetProperty("url").GetString());
        Assert.Equal("Réunion de quartier du 14 avril", read.GetProperty("title").GetString());
        Assert.Equal(["travaux", "quartier"], read.GetProperty("parts").GetProperty("Tags").GetProperty("tags").EnumerateArray().Select(t => t.GetString()!).ToArray());
        Assert.NotEqual(JsonValueKind.Null, read.GetProperty("publishedUtc").ValueKind);
        Assert.Equal(["ContentCreated", "ContentPublished"], await EventsAsync(agency, id));
    }

    [SkippableFact]
    public async Task UpdateOfAPublishedItem_KeepsThePublishedVersionOnlineUntilRepublished()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var id = (await JsonAsync(await admin.PostAsJsonAsync("api/v1/content", News("Première version")))).GetProperty("id").GetString()!;
        await JsonAsync(await admin.PostAsync($"api/v1/content/{id}/publish", null));

        var draft = await JsonAsync(await admin.PutAsJsonAsync($"api/v1/content/{id}", new { title = "Deuxième version", parts = new { Summary = new { text = "Modifié." } } }));
        var publicView = await JsonAsync(await agency.Client().GetAsync($"api/v1/content/{id}"));
        var editorView = await JsonAsync(await admin.GetAsync($"api/v1/content/{id}"));

        Assert.Equal(2, draft.GetProperty("version").GetInt32());
        Assert.Equal("Première version", publicView.GetProperty("title").GetString());
        Assert.Equal("Deuxième version", editorView.GetProperty("title").GetString());
        var versions = await VersionsAsync(agency, id);
        Assert.Single(versions, v => v.Latest);
        Assert.Single(versions, v => v.Published);
        Assert.True(versions[0].Published && !versions[0].Latest);

        await JsonAsync(await admin.PostAsync($"api/v1/content/{id}/publish", null));
        versions = await VersionsAsync(agency, id);
        Assert.True(versions[1].Published && versions[1].Latest);
        Assert.False(versions[0].Published);
        Assert.Equal("Deuxième version", (await JsonAsync(await agency.Client().GetAsync($"api/v1/content/{id}"))).GetProperty("title").GetString());
    }

    [SkippableFact]
    public async Task ConcurrentSaves_OfOneItem_NeverLeaveTwoLatestVersions()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var id = (await JsonAsync(await admin.PostAsJsonAsync("api/v1/content", News("Course")))).GetProperty("id").GetString()!;

        var saves = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => admin.PutAsJsonAsync($"api/v1/content/{id}", new { title = $"Course {i}", parts = new { Summary = new { text = "x" } } })));

        Assert.All(saves, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, r.StatusCode.ToString()));
        var versions = await VersionsAsync(agency, id);
        Assert.Single(versions, v => v.Latest);
        Assert.Equal(versions.Count, versions.Select(v => v.Number).Distinct().Count());
    }

    [SkippableFact]
    public async Task InvalidInput_IsRefusedFieldByFieldInFrench_AndNothingIsSaved()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var before = await agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Set<ContentItemVersion>().CountAsync());

        var response = await admin.PostAsJsonAsync("api/v1/content", new
        {
            type = "News",
            title = "",
            parts = new { Summary = new { text = new string('x', 600) }, Ambition = new { value = 7 }, Image = new { path = "https://ailleurs.example/x.png", alt = "" } },
            fields = new { Inconnu = new { value = "?" } },
        });
        var unknownType = await admin.PostAsJsonAsync("api/v1/content", new { type = "Nope", title = "x" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("Le titre est obligatoire.", errors.GetProperty("parts.Title")[0].GetString());
        Assert.Contains("500 caractères", errors.GetProperty("parts.Summary")[0].GetString());
        Assert.Contains("1 à 4", errors.GetProperty("parts.Ambition")[0].GetString());
        Assert.Equal(2, errors.GetProperty("parts.Image").GetArrayLength());
        Assert.Contains("inconnu", errors.GetProperty("fields")[0].GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownType.StatusCode);
        Assert.Equal(before, await agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Set<ContentItemVersion>().CountAsync()));
    }

    [SkippableFact]
    public async Task Slugs_AreUniquePerType_AndAnExplicitTakenSlugIsRefused()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();

        var first = await JsonAsync(await admin.PostAsJsonAsync("api/v1/content", News("Fête des voisins")));
        var second = await JsonAsync(await admin.PostAsJsonAsync("api/v1/content", News("Fête des voisins !")));
        var explicitTaken = await admin.PostAsJsonAsync("api/v1/content", new { type = "News", title = "Autre", parts = new { Summary = new { text = "x" }, Slug = new { slug = "fete-des-voisins" } } });

        Assert.Equal("fete-des-voisins", first.GetProperty("slug").GetString());
        Assert.Equal("fete-des-voisins-2", second.GetProperty("slug").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, explicitTaken.StatusCode);
        Assert.Contains("déjà utilisée", (await explicitTaken.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("parts.Slug")[0].GetString());
    }

    [SkippableFact]
    public async Task Drafts_AreNeverListedOrReadByThePublic_ButEditorsSeeThemWithStatus()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var id = (await JsonAsync(await admin.PostAsJsonAsync("api/v1/content", News("Brouillon secret")))).GetProperty("id").GetString()!;
        var resident = await agency.CreateResidentAsync();

        var publicList = await JsonAsync(await agency.Client().GetAsync("api/v1/content?type=News&page=1"));
        var publicItem = await agency.Client().GetAsync($"api/v1/content/{id}");
        var residentDrafts = await resident.Api.GetAsync("api/v1/content?type=News&status=Draft");
        var editorDrafts = await JsonAsync(await admin.GetAsync("api/v1/content?type=News&status=Draft"));

        Assert.Equal(5, publicList.GetProperty("total").GetInt32());
        Assert.DoesNotContain(publicList.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == id);
        Assert.Equal(HttpStatusCode.NotFound, publicItem.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, residentDrafts.StatusCode);
        Assert.Contains(editorDrafts.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == id);
    }

    [SkippableFact]
    public async Task ApprovalFlow_EditorSubmits_AdministratorSendsBackThenApproves()
    {
        var agency = await factory.CreateAgencyAsync();
        await agency.InScopeAsync(async sp =>
        {
            var store = sp.GetRequiredService<Ngp.Core.Settings.ISiteSettingsStore>();
            await store.SetAsync((await store.GetAsync()) with { RequireApproval = true });
            return await sp.GetRequiredService<NgpDbContext>().SaveChangesAsync();
        });
        var editor = await factory.TokenClientAsync(agency.PathBase, "redaction@ngp.local", NgpFactory.AdminPassword);
        var admin = await agency.AdminAsync();
        var id = (await JsonAsync(await editor.PostAsJsonAsync("api/v1/content", News("À valider")))).GetProperty("id").GetString()!;

        var directPublish = await editor.PostAsync($"api/v1/content/{id}/publish", null);
        var submitted = await JsonAsync(await editor.PostAsync($"api/v1/content/{id}/submit", null));
        var editorApproves = await editor.PostAsync($"api/v1/content/{id}/approve", null);
        var sentBack = await JsonAsync(await admin.PostAsJsonAsync($"api/v1/content/{id}/send-back", new { comment = "Ajoutez la date de la réunion." }));
        await JsonAsync(await editor.PostAsync($"api/v1/content/{id}/submit", null));
        var approved = await JsonAsync(await admin.PostAsync($"api/v1/content/{id}/approve", null));

        Assert.Equal(HttpStatusCode.Forbidden, directPublish.StatusCode);
        Assert.Contains("soumettez", (await directPublish.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.Equal("AwaitingApproval", submitted.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, editorApproves.StatusCode);
        Assert.Equal("Draft", sentBack.GetProperty("status").GetString());
        Assert.Equal("Ajoutez la date de la réunion.", sentBack.GetProperty("parts").GetProperty("Approval").GetProperty("comment").GetString());
        Assert.Equal("Published", approved.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await agency.Client().GetAsync($"api/v1/content/{id}")).StatusCode);
    }

    [SkippableFact]
    public async Task RestoreOfAnOldVersion_MakesANewDraftWithItsContent_AndKeepsHistory()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var id = (await JsonAsync(await admin.PostAsJsonAsync("api/v1/content", News("Titre d'origine")))).GetProperty("id").GetString()!;
        await JsonAsync(await admin.PutAsJsonAsync($"api/v1/content/{id}", new { title = "Titre modifié", parts = new { Summary = new { text = "x" } } }));

        var restored = await JsonAsync(await admin.PostAsync($"api/v1/content/{id}/versions/1/restore", null));
        var history = await JsonAsync(await admin.GetAsync($"api/v1/content/{id}/versions"));

        Assert.Equal(3, restored.GetProperty("version").GetInt32());
        Assert.Equal("Titre d'origine", restored.GetProperty("title").GetString());
        Assert.Equal([3, 2, 1], history.EnumerateArray().Select(v => v.GetProperty("version").GetInt32()).ToArray());
    }

    [SkippableFact]
    public async Task Unpublish_TakesTheItemOffline_AndDelete_RemovesItWithAnEvent()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var id = (await JsonAsync(await admin.PostAsJsonAsync("api/v1/content", News("Bientôt retiré")))).GetProperty("id").GetString()!;
        await JsonAsync(await admin.PostAsync($"api/v1/content/{id}/publish", null));

        var unpublished = await JsonAsync(await admin.PostAsync($"api/v1/content/{id}/unpublish", null));
        var afterUnpublish = await agency.Client().GetAsync($"api/v1/content/{id}");
        var deleted = await admin.DeleteAsync($"api/v1/content/{id}");

        Assert.Equal("Unpublished", unpublished.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, afterUnpublish.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Empty(await VersionsAsync(agency, id));
        Assert.Equal(["ContentCreated", "ContentPublished", "ContentUnpublished", "ContentDeleted"], await EventsAsync(agency, id));
    }

    [SkippableFact]
    public async Task ContentApi_ForResidentsOrAnotherAgency_ChangesNothing()
    {
        var agency = await factory.CreateAgencyAsync();
        var other = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        var adminOfOther = await other.AdminAsync();
        var onAgency = agency.Client();
        onAgency.DefaultRequestHeaders.Authorization = adminOfOther.DefaultRequestHeaders.Authorization;

        Assert.Equal(HttpStatusCode.Forbidden, (await resident.Api.PostAsJsonAsync("api/v1/content", News("Non"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await onAgency.PostAsJsonAsync("api/v1/content", News("Non"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await agency.Client().PostAsync("api/v1/content/demo-news-1/unpublish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await resident.Api.PostAsync("api/v1/content/demo-news-1/unpublish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await agency.Client().GetAsync("api/v1/content/demo-news-1")).StatusCode);
    }

    [SkippableFact]
    public async Task ContentTypes_ListTheNewsTypeWithItsParts()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();

        var types = await JsonAsync(await admin.GetAsync("api/v1/content-types"));

        var news = types.EnumerateArray().Single(t => t.GetProperty("name").GetString() == "News");
        Assert.Equal("actualites", news.GetProperty("routePrefix").GetString());
        Assert.Equal(["Title", "Slug", "Summary", "Body", "Image", "Tags", "Ambition", "PublishLater", "Approval", "Followable", "Commentable", "Reportable", "Indexable"], news.GetProperty("parts").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToArray());
        Assert.Equal(HttpStatusCode.Unauthorized, (await agency.Client().GetAsync("api/v1/content-types")).StatusCode);
    }
}

public sealed class ContentEngineTestsOnSqlite(SqliteFactory factory) : ContentEngineTests<SqliteFactory>(factory);

public sealed class ContentEngineTestsOnPostgres(PostgresFactory factory) : ContentEngineTests<PostgresFactory>(factory);
