using System.Net;
using System.Net.Http.Json;
using Ngp.Tests.Harness;
using static Ngp.Tests.Integration.ContentAdminSteps;

namespace Ngp.Tests.Integration;

public sealed class ContentAdminTests(QuietSqliteFactory factory) : IClassFixture<QuietSqliteFactory>
{
    [Fact]
    public async Task Editor_WritesADraftThenPublishes_ListShowsBrouillonThenPublie()
    {
        var agency = await factory.CreateAgencyAsync();
        var editor = await SignedInAsync(agency, EditorEmail);

        var (created, id) = await CreateNewsAsync(editor, "Fête des voisins au Clos des Tilleuls");

        Assert.Contains("Le brouillon est enregistré.", Forms.Text(created));
        var draftRow = Rows(await editor.GetStringAsync("admin/contenus")).Single(r => r[0] == "Fête des voisins au Clos des Tilleuls");
        Assert.Equal(["Actualité", "Brouillon", EditorEmail], draftRow[1..4]);
        Assert.Equal("Draft", (await ApiItemAsync(agency, id)).GetProperty("status").GetString());

        var published = await Forms.SubmitAsync(editor, $"admin/contenus/{id}", NewsForm("Fête des voisins au Clos des Tilleuls").With("publish"));

        Assert.Contains("Le contenu est publié.", Forms.Text(await published.Content.ReadAsStringAsync()));
        var publishedRow = Rows(await editor.GetStringAsync("admin/contenus")).Single(r => r[0] == "Fête des voisins au Clos des Tilleuls");
        Assert.Equal("Publié", publishedRow[2]);
        var item = await agency.Client().GetFromJsonAsync<System.Text.Json.JsonElement>($"api/v1/content/{id}");
        Assert.Equal("Published", item.GetProperty("status").GetString());
        Assert.Equal("fete-des-voisins-au-clos-des-tilleuls", item.GetProperty("slug").GetString());
    }

    [Fact]
    public async Task Editor_SavingWithoutTheRequiredSummary_KeepsWhatWasTypedAndShowsTheFrenchErrorBesideTheField()
    {
        var agency = await factory.CreateAgencyAsync();
        var editor = await SignedInAsync(agency, EditorEmail);
        var fields = NewsForm("Travaux d'ascenseur", summary: "", body: "L'ascenseur du bâtiment B est **arrêté** lundi.");
        fields["parts.Slug"] = "ascenseur-b";

        var response = await Forms.SubmitAsync(editor, "admin/contenus/nouveau/News", fields.With("save"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.EndsWith("/admin/contenus/nouveau/News", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("Le résumé est obligatoire.", ErrorBeside(html, "parts.Summary"));
        Assert.Contains("Le résumé est obligatoire.", Forms.Errors(html));
        Assert.Equal("Travaux d'ascenseur", InputValue(html, "parts.Title"));
        Assert.Equal("ascenseur-b", InputValue(html, "parts.Slug"));
        Assert.Equal("L'ascenseur du bâtiment B est **arrêté** lundi.", InputValue(html, "parts.Body"));
        Assert.Equal("quartier, travaux", InputValue(html, "parts.Tags"));
        Assert.DoesNotContain(Rows(await editor.GetStringAsync("admin/contenus")), r => r[0] == "Travaux d'ascenseur");
    }

    [Fact]
    public async Task Editor_Preview_ShowsTheRenderedSafeMarkdownWithoutSaving()
    {
        var agency = await factory.CreateAgencyAsync();
        var editor = await SignedInAsync(agency, EditorEmail);
        var fields = NewsForm("Aperçu du chantier", body: "Le chantier **avance**.\n\n<script>alert(1)</script>[lien](javascript:alert(1))");

        var response = await Forms.SubmitAsync(editor, "admin/contenus/nouveau/News", fields.With("preview"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("Aperçu — non enregistré", html);
        Assert.Contains("<strong>avance</strong>", html);
        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.DoesNotContain("href=\"javascript:", html);
        Assert.Equal("Aperçu du chantier", InputValue(html, "parts.Title"));
        Assert.DoesNotContain(Rows(await editor.GetStringAsync("admin/contenus")), r => r[0] == "Aperçu du chantier");
    }

    [Fact]
    public async Task ContentList_Filters_KeepOnlyMatchingItemsAndPageWithPlainLinks()
    {
        var agency = await factory.CreateAgencyAsync();
        var editor = await SignedInAsync(agency, EditorEmail);
        for (var i = 1; i <= 21; i++)
            await CreateNewsAsync(editor, $"Brève numéro {i}");

        var drafts = await editor.GetStringAsync("admin/contenus?statut=Draft");
        var byText = Rows(await editor.GetStringAsync("admin/contenus?q=quartier"));
        var byAuthor = await editor.GetStringAsync("admin/contenus?auteur=system");
        var secondPage = Rows(await editor.GetStringAsync("admin/contenus?statut=Draft&p=2"));

        Assert.Contains("21 contenu(s), page 1 sur 2", Forms.Text(drafts));
        Assert.Contains("href=\"?statut=Draft&amp;p=2\"", drafts);
        Assert.All(Rows(drafts), r => Assert.Equal("Brouillon", r[2]));
        Assert.Single(secondPage);
        Assert.Equal("Réunion de quartier du 12 mars", Assert.Single(byText)[0]);
        // The demo's 3 news, 2 other items, 3 projects and 4 consultations (participation), 3 meetings and a synthesis.
        Assert.Equal(16, Rows(byAuthor).Count);
        Assert.All(Rows(byAuthor), r => Assert.Equal("Publié", r[2]));
    }

    [Fact]
    public async Task ContentList_WithManyMoreItems_RunsTheSameNumberOfQueries()
    {
        var agency = await factory.CreateAgencyAsync();
        var editor = await SignedInAsync(agency, EditorEmail);
        using var counter = new SqlCommandCounter(agency.Name);
        await editor.GetStringAsync("admin/contenus");
        counter.Reset();
        var initial = Rows(await editor.GetStringAsync("admin/contenus")).Count;
        var withFive = counter.Count;
        for (var i = 1; i <= 12; i++)
            await CreateNewsAsync(editor, $"Information {i}");

        await editor.GetStringAsync("admin/contenus");
        counter.Reset();
        var html = await editor.GetStringAsync("admin/contenus");

        // A page holds 20 items.
        Assert.Equal(Math.Min(20, initial + 12), Rows(html).Count);
        Assert.True(counter.Count <= withFive + 1, $"{withFive} queries with 5 items, {counter.Count} with 17.");
    }

    [Fact]
    public async Task Editor_UploadingAnImage_StoresItInTheMediaStoreAndKeepsItWhenTheFormIsRefused()
    {
        var agency = await factory.CreateAgencyAsync();
        var editor = await SignedInAsync(agency, EditorEmail);
        var page = await editor.GetStringAsync("admin/contenus/nouveau/News");
        var token = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page).QuerySelector("input[name=__ngp_csrf]")!.GetAttribute("value")!;
        MultipartFormDataContent Form(string alt, string? path, byte[]? image)
        {
            var form = new MultipartFormDataContent { { new StringContent(token), "__ngp_csrf" }, { new StringContent("save"), "action" }, { new StringContent(alt), "parts.Image.alt" } };
            foreach (var (name, value) in NewsForm("Les nouvelles boîtes aux lettres"))
                form.Add(new StringContent(value), name);
            if (path is not null)
                form.Add(new StringContent(path), "parts.Image.path");
            if (image is not null)
                form.Add(new ByteArrayContent(image) { Headers = { ContentType = new("image/png") } }, "parts.Image.file", "boites.png");
            return form;
        }

        var withoutAlt = await editor.PostAsync("admin/contenus/nouveau/News", Form("", null, MediaSamples.Image(SkiaSharp.SKEncodedImageFormat.Png, 1200, 800)));
        var refusedHtml = await withoutAlt.Content.ReadAsStringAsync();
        var path = InputValue(refusedHtml, "parts.Image.path");
        Assert.Contains("Décrivez l'image", ErrorBeside(refusedHtml, "parts.Image.file"));
        Assert.Matches("^media/\\d{4}/\\d{2}/[0-9a-f]{32}/960\\.[a-z]+$", path);
        var saved = await editor.PostAsync("admin/contenus/nouveau/News", Form("Les boîtes aux lettres neuves dans le hall", path, null));

        var id = saved.RequestMessage!.RequestUri!.AbsolutePath.Split('/')[^1];
        var image = (await ApiItemAsync(agency, id)).GetProperty("parts").GetProperty("Image");
        Assert.Equal(path, image.GetProperty("path").GetString());
        Assert.Equal("Les boîtes aux lettres neuves dans le hall", image.GetProperty("alt").GetString());
        Assert.Equal(HttpStatusCode.OK, (await agency.Client().GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task ContentPages_ForAResident_AreRefused()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        var browser = await SignedInAsync(agency, resident.Email, resident.Password);

        foreach (var page in new[] { "admin/contenus", "admin/contenus/nouveau/News", "admin/contenus/demo-news-1", "admin/contenus/demo-news-1/historique", "admin/contenus/a-valider", "admin/types", "admin/types/News" })
        {
            var response = await browser.GetAsync(page);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Contains("Accès refusé", await response.Content.ReadAsStringAsync());
        }
    }
}
