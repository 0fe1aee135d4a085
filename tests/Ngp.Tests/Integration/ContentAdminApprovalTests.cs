using System.Net.Http.Json;
using System.Text.Json;
using Ngp.Tests.Harness;
using static Ngp.Tests.Integration.ContentAdminSteps;

namespace Ngp.Tests.Integration;

public sealed class ContentAdminApprovalTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    [Fact]
    public async Task ApprovalRequired_EditorCanOnlySubmit_AdministratorApprovesFromTheQueue()
    {
        var agency = await factory.CreateAgencyAsync();
        await TurnOnApprovalAsync(agency);
        var editor = await SignedInAsync(agency, EditorEmail);
        var admin = await SignedInAsync(agency, NgpFactory.AdminEmail);

        var form = await editor.GetStringAsync("admin/contenus/nouveau/News");
        Assert.Contains("Soumettre à validation", Buttons(form));
        Assert.DoesNotContain("Publier", Buttons(form));
        Assert.DoesNotContain("Programmer", Buttons(form));
        var (submitted, id) = await CreateNewsAsync(editor, "Nouveau local poubelles", action: "submit");
        Assert.Contains("soumis à validation", Forms.Text(submitted));
        Assert.Contains("En attente de validation", Forms.Text(submitted));

        var queue = await admin.GetStringAsync("admin/contenus/a-valider");
        Assert.Contains("Nouveau local poubelles", Forms.Text(queue));
        var approved = await PostAsync(admin, "admin/contenus/a-valider", $"admin/contenus/a-valider?handler=Approve&id={id}");

        var text = Forms.Text(await approved.Content.ReadAsStringAsync());
        Assert.Contains("« Nouveau local poubelles » est validé et publié.", text);
        Assert.Contains("Aucun contenu n'attend de validation.", text);
        var item = await agency.Client().GetFromJsonAsync<JsonElement>($"api/v1/content/{id}");
        Assert.Equal("Published", item.GetProperty("status").GetString());
    }

    [Fact]
    public async Task ApprovalRequired_SentBackWithAComment_TheEditorReadsTheComment()
    {
        var agency = await factory.CreateAgencyAsync();
        await TurnOnApprovalAsync(agency);
        var editor = await SignedInAsync(agency, EditorEmail);
        var admin = await SignedInAsync(agency, NgpFactory.AdminEmail);
        var (_, id) = await CreateNewsAsync(editor, "Horaires du gardien", action: "submit");

        var withoutComment = await PostAsync(admin, "admin/contenus/a-valider", $"admin/contenus/a-valider?handler=SendBack&id={id}", new Dictionary<string, string> { ["Comment"] = " " });
        Assert.Contains("Le commentaire est obligatoire.", Forms.Errors(await withoutComment.Content.ReadAsStringAsync()));
        var sentBack = await PostAsync(admin, "admin/contenus/a-valider", $"admin/contenus/a-valider?handler=SendBack&id={id}", new Dictionary<string, string> { ["Comment"] = "Ajoutez les horaires du samedi." });
        Assert.Contains("est renvoyé à son auteur", Forms.Text(await sentBack.Content.ReadAsStringAsync()));

        var page = Forms.Text(await editor.GetStringAsync($"admin/contenus/{id}"));

        Assert.Contains("Renvoyé par le validateur Ajoutez les horaires du samedi.", page);
        Assert.Contains("Brouillon", page);
        var item = await agency.Client().GetAsync($"api/v1/content/{id}");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, item.StatusCode);
    }

    [Fact]
    public async Task History_RestoringTheFirstVersion_MakesANewDraftWithTheOldTitle()
    {
        var agency = await factory.CreateAgencyAsync();
        var editor = await SignedInAsync(agency, EditorEmail);
        var (_, id) = await CreateNewsAsync(editor, "Titre d'origine");
        await Forms.SubmitAsync(editor, $"admin/contenus/{id}", NewsForm("Titre corrigé").With("publish"));

        var history = await editor.GetStringAsync($"admin/contenus/{id}/historique");
        Assert.Equal(["2", "1"], Rows(history).Select(r => r[0]));
        var restored = await PostAsync(editor, $"admin/contenus/{id}/historique", $"admin/contenus/{id}/historique", new Dictionary<string, string> { ["version"] = "1" });

        var html = await restored.Content.ReadAsStringAsync();
        Assert.Contains("La version 1 est restaurée dans un nouveau brouillon (version 3)", Forms.Text(html));
        Assert.Equal("Titre d'origine", InputValue(html, "parts.Title"));
        var latest = await ApiItemAsync(agency, id);
        Assert.Equal(3, latest.GetProperty("version").GetInt32());
        Assert.Equal("Titre d'origine", latest.GetProperty("title").GetString());
        Assert.Equal("Draft", latest.GetProperty("status").GetString());
        var published = await agency.Client().GetFromJsonAsync<JsonElement>($"api/v1/content/{id}");
        Assert.Equal("Titre corrigé", published.GetProperty("title").GetString());
        Assert.Equal(["3", "2", "1"], Rows(await editor.GetStringAsync($"admin/contenus/{id}/historique")).Select(r => r[0]));
    }
}
