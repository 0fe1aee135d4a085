using System.Text.Json;
using Ngp.Tests.Harness;
using static Ngp.Tests.Integration.ContentAdminSteps;

namespace Ngp.Tests.Integration.Participation;

/// <summary>The forms of the phases, road map and consultation parts, posted as a browser without JavaScript posts them.</summary>
public sealed class PartEditorTests(QuietSqliteFactory factory) : IClassFixture<QuietSqliteFactory>
{
    [Fact]
    public async Task ProjectEditor_AddingUpdatesAndRoadMapItemsWithButtons_SavesThemInTheStoredShape()
    {
        var agency = await factory.CreateAgencyAsync();
        var editor = await SignedInAsync(agency, EditorEmail);
        var page = await EditorPage.OpenAsync(editor, "admin/contenus/nouveau/Project");
        page.Set("parts.Title", "Rénovation des Glycines").Set("parts.Summary", "Isolation et menuiseries.")
            .Set("parts.Phases.current", "during")
            .Set("parts.Phases.phases[0].start", "2026-01-05").Set("parts.Phases.phases[0].end", "2026-03-31")
            .Set("parts.Phases.phases[1].start", "01/04/2026").Set("parts.Phases.phases[1].description", "Travaux en site occupé.");

        page = await page.PressAsync("Ajouter un point d'étape à la phase « avant les travaux »");
        Assert.Equal("parts.Phases.phases[0].updates[0].date", page.Autofocus?.GetAttribute("name"));
        page.Set("parts.Phases.phases[0].updates[0].date", "2026-02-10").Set("parts.Phases.phases[0].updates[0].text", "Diagnostic présenté.");
        page = await page.PressAsync("Ajouter une partie prenante");
        page.Set("parts.RoadMap.stakeholders[0].name", "Comité des Glycines").Set("parts.RoadMap.stakeholders[0].email", "comite@glycines.example");
        page = await page.PressAsync("Ajouter un objectif");
        page.Set("parts.RoadMap.objectives[0].text", "Diviser par deux le chauffage");
        page = await page.PressAsync("Ajouter un indicateur");
        page.Set("parts.RoadMap.indicators[0].name", "Consommation").Set("parts.RoadMap.indicators[0].unit", "kWh/m²").Set("parts.RoadMap.indicators[0].target", "90,5");
        page = await page.PressAsync("Ajouter une mesure à l'indicateur 1");
        page.Set("parts.RoadMap.indicators[0].values[0].date", "2026-02-01").Set("parts.RoadMap.indicators[0].values[0].value", "182");
        page.Set("parts.RoadMap.dialogue", "Une réunion par phase.");
        var saved = await page.PressAsync("Enregistrer le brouillon");

        var parts = (await ApiItemAsync(agency, saved.SavedId)).GetProperty("parts");
        Assert.Equal(
            """{"current":"during","phases":[{"key":"before","start":"2026-01-05","end":"2026-03-31","description":"","updates":[{"date":"2026-02-10","text":"Diagnostic présenté."}]},{"key":"during","start":"2026-04-01","end":"","description":"Travaux en site occupé.","updates":[]},{"key":"after","start":"","end":"","description":"","updates":[]}]}""",
            Compact(parts.GetProperty("Phases")));
        Assert.Equal(
            """{"stakeholders":[{"name":"Comité des Glycines","role":"","email":"comite@glycines.example"}],"dialogue":"Une réunion par phase.","objectives":["Diviser par deux le chauffage"],"indicators":[{"name":"Consommation","unit":"kWh/m²","target":90.5,"values":[{"date":"2026-02-01","value":182}]}]}""",
            Compact(parts.GetProperty("RoadMap")));
    }

    [Fact]
    public async Task RoadMapEditor_MovingAndRemovingStakeholders_KeepsWhatWasTypedInItsNewPlace()
    {
        var agency = await factory.CreateAgencyAsync();
        var editor = await SignedInAsync(agency, EditorEmail);
        var page = await EditorPage.OpenAsync(editor, "admin/contenus/nouveau/Project");
        page.Set("parts.Title", "Résidentialisation").Set("parts.Summary", "Clôtures et accès.");
        foreach (var (name, i) in new[] { "Ville", "Comité", "Entreprise" }.Select((n, i) => (n, i)))
        {
            page = await page.PressAsync("Ajouter une partie prenante");
            page.Set($"parts.RoadMap.stakeholders[{i}].name", name).Set($"parts.RoadMap.stakeholders[{i}].role", "Rôle de " + name);
        }

        page = await page.PressAsync("Monter la partie prenante 3");
        Assert.Equal(["Ville", "Entreprise", "Comité"], Stakeholders(page));
        Assert.Equal("Rôle de Entreprise", page.Value("parts.RoadMap.stakeholders[1].role"));
        Assert.Equal("Monter la partie prenante 2", page.Document.QuerySelector("button[autofocus]")?.TextContent.Trim());
        page = await page.PressAsync("Retirer la partie prenante 1");
        Assert.Equal(["Entreprise", "Comité"], Stakeholders(page));
        Assert.Equal("Résidentialisation", page.Value("parts.Title"));
        var saved = await page.PressAsync("Enregistrer le brouillon");

        var roadMap = (await ApiItemAsync(agency, saved.SavedId)).GetProperty("parts").GetProperty("RoadMap");
        Assert.Equal(["Entreprise", "Comité"], roadMap.GetProperty("stakeholders").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.Equal("Rôle de Comité", roadMap.GetProperty("stakeholders")[1].GetProperty("role").GetString());
    }

    [Fact]
    public async Task ProjectEditor_InvalidDateAndEmail_AreRefusedBesideTheirFieldsAndNothingTypedIsLost()
    {
        var agency = await factory.CreateAgencyAsync();
        var editor = await SignedInAsync(agency, EditorEmail);
        var page = await EditorPage.OpenAsync(editor, "admin/contenus/nouveau/Project");
        page.Set("parts.Title", "Ravalement des Mimosas").Set("parts.Summary", "Façades.")
            .Set("parts.Phases.phases[0].start", "31/02/2026").Set("parts.Phases.phases[0].description", "Diagnostic des façades.");
        page = await page.PressAsync("Ajouter une partie prenante");
        page.Set("parts.RoadMap.stakeholders[0].name", "Syndic").Set("parts.RoadMap.stakeholders[0].email", "pas-une-adresse");
        page = await page.PressAsync("Ajouter un indicateur");
        page.Set("parts.RoadMap.indicators[0].name", "Satisfaction").Set("parts.RoadMap.indicators[0].target", "beaucoup");

        var refused = await page.PressAsync("Enregistrer le brouillon");

        Assert.Equal(200, refused.Status);
        Assert.EndsWith("admin/contenus/nouveau/Project", refused.Url, StringComparison.Ordinal);
        Assert.Equal("« Début (avant les travaux) » doit être une date, par exemple 14/10/2026.", refused.ErrorBeside("parts.Phases.phases[0].start"));
        Assert.Equal("text", refused.Document.QuerySelector("[name='parts.Phases.phases[0].start']")?.GetAttribute("type"));
        Assert.Equal("L'adresse e-mail de la partie prenante 1 n'est pas valide (exemple : nom@exemple.fr).", refused.ErrorBeside("parts.RoadMap.stakeholders[0].email"));
        Assert.Equal("« Cible de l'indicateur « Satisfaction » » doit être un nombre, par exemple 12,5.", refused.ErrorBeside("parts.RoadMap.indicators[0].target"));
        Assert.Equal("true", refused.Document.QuerySelector("[name='parts.Phases.phases[0].start']")?.GetAttribute("aria-invalid"));
        Assert.Contains("« Début (avant les travaux) » doit être une date, par exemple 14/10/2026.", refused.Errors);
        Assert.Equal("31/02/2026", refused.Value("parts.Phases.phases[0].start"));
        Assert.Equal("Diagnostic des façades.", refused.Value("parts.Phases.phases[0].description"));
        Assert.Equal("pas-une-adresse", refused.Value("parts.RoadMap.stakeholders[0].email"));
        Assert.Equal("beaucoup", refused.Value("parts.RoadMap.indicators[0].target"));
        Assert.Equal("Ravalement des Mimosas", refused.Value("parts.Title"));
        Assert.DoesNotContain(Rows(await editor.GetStringAsync("admin/contenus")), r => r[0] == "Ravalement des Mimosas");
    }

    [Fact]
    public async Task ConsultationEditor_TwoQuestionsTypedWithButtons_SavesIdsOptionsAndAParisVotingWindow()
    {
        var agency = await factory.CreateAgencyAsync();
        var editor = await SignedInAsync(agency, EditorEmail);
        var page = await EditorPage.OpenAsync(editor, "admin/contenus/nouveau/Consultation");
        page.Set("parts.Title", "Couleur des halls").Set("parts.Summary", "Votre avis.")
            .Set("parts.Consultation.opens", "2026-12-01T09:00").Set("parts.Consultation.closes", "2026-12-15T18:00")
            .Set("parts.Consultation.results", "live")
            .Set("parts.Consultation.questions[0].text", "Quelle couleur ?")
            .Set("parts.Consultation.questions[0].options[0].text", "Ocre").Set("parts.Consultation.questions[0].options[1].text", "Gris");
        page = await page.PressAsync("Ajouter un choix à la question 1");
        page.Set("parts.Consultation.questions[0].options[2].text", "Vert");
        page = await page.PressAsync("Monter le choix 3 de la question 1");
        page = await page.PressAsync("Ajouter une question");
        Assert.True(page.Has("parts.Consultation.questions[1].options[1].text"));
        page.Set("parts.Consultation.questions[1].text", "Quels équipements ?").Set("parts.Consultation.questions[1].kind", "multiple").Set("parts.Consultation.questions[1].max", "2")
            .Set("parts.Consultation.questions[1].options[0].text", "Banc").Set("parts.Consultation.questions[1].options[1].text", "Éclairage");
        page = await page.PressAsync("Ajouter un choix à la question 2");
        page.Set("parts.Consultation.questions[1].options[2].text", "Boîte à livres");

        var saved = await page.PressAsync("Enregistrer le brouillon");

        var consultation = (await ApiItemAsync(agency, saved.SavedId)).GetProperty("parts").GetProperty("Consultation");
        Assert.Equal(
            """{"kind":"vote","opensUtc":"2026-12-01T08:00:00Z","closesUtc":"2026-12-15T17:00:00Z","results":"live","eligibility":"agency","buildings":[],"questions":[{"id":"q1","text":"Quelle couleur ?","kind":"single","max":null,"options":[{"id":"o1","text":"Ocre"},{"id":"o2","text":"Vert"},{"id":"o3","text":"Gris"}]},{"id":"q2","text":"Quels équipements ?","kind":"multiple","max":2,"options":[{"id":"o1","text":"Banc"},{"id":"o2","text":"Éclairage"},{"id":"o3","text":"Boîte à livres"}]}]}""",
            Compact(consultation));
        var reopened = await EditorPage.OpenAsync(editor, saved.Url);
        Assert.Equal("2026-12-01T09:00", reopened.Value("parts.Consultation.opens"));
        Assert.Equal("o2", reopened.Value("parts.Consultation.questions[0].options[1].id"));
    }

    [Fact]
    public async Task ConsultationEditor_MovingAQuestionOfAPublishedConsultation_KeepsTheIdsTheVotesReferTo()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var id = await ParticipationHarness.PublishConsultationAsync(admin, questions:
        [
            new { id = "facade", text = "Quelle façade ?", kind = "single", options = new[] { new { id = "a", text = "Ocre" }, new { id = "b", text = "Gris" } } },
            new { id = "jeux", text = "Une aire de jeux ?", kind = "yesno" },
        ]);
        var editor = await SignedInAsync(agency, EditorEmail);
        var page = await EditorPage.OpenAsync(editor, $"admin/contenus/{id}");
        Assert.False(page.Has("parts.Consultation.questions[1].options[0].text"));

        page = await page.PressAsync("Descendre la question 1");
        page = await page.PressAsync("Ajouter un choix à la question 2");
        page.Set("parts.Consultation.questions[1].options[2].text", "Vert");
        var saved = await page.PressAsync("Enregistrer le brouillon");

        Assert.Equal($"admin/contenus/{id}", saved.Url);
        var questions = (await ApiItemAsync(agency, id)).GetProperty("parts").GetProperty("Consultation").GetProperty("questions");
        Assert.Equal(["jeux", "facade"], questions.EnumerateArray().Select(q => q.GetProperty("id").GetString()));
        Assert.Equal(["oui", "non", "abstention"], questions[0].GetProperty("options").EnumerateArray().Select(o => o.GetProperty("id").GetString()));
        Assert.Equal(["a", "b", "o1"], questions[1].GetProperty("options").EnumerateArray().Select(o => o.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task ConsultationEditor_OneOptionAndClosingBeforeOpening_ShowsFrenchMessagesBesideThem()
    {
        var agency = await factory.CreateAgencyAsync();
        var editor = await SignedInAsync(agency, EditorEmail);
        var page = await EditorPage.OpenAsync(editor, "admin/contenus/nouveau/Consultation");
        page.Set("parts.Title", "Jardins").Set("parts.Summary", "Où ?")
            .Set("parts.Consultation.opens", "2026-12-15T18:00").Set("parts.Consultation.closes", "2026-12-01T09:00")
            .Set("parts.Consultation.questions[0].text", "Où installer les bacs ?").Set("parts.Consultation.questions[0].options[0].text", "Cour");

        var refused = await page.PressAsync("Enregistrer le brouillon");

        Assert.EndsWith("admin/contenus/nouveau/Consultation", refused.Url, StringComparison.Ordinal);
        Assert.Equal("La clôture doit venir après l'ouverture.", refused.ErrorBeside("parts.Consultation.closes"));
        Assert.Equal("La question 1 propose au moins deux choix.", refused.ErrorBeside("parts.Consultation.questions[0].options"));
        Assert.Equal("Cour", refused.Value("parts.Consultation.questions[0].options[0].text"));
        Assert.Equal("2026-12-15T18:00", refused.Value("parts.Consultation.opens"));
    }

    [Fact]
    public async Task ContentPicker_SearchingAProjectByTitle_LinksTheConsultationToItWithoutTypingAnId()
    {
        var agency = await factory.CreateAgencyAsync();
        var editor = await SignedInAsync(agency, EditorEmail);
        var page = await EditorPage.OpenAsync(editor, "admin/contenus/nouveau/Consultation");
        page.Set("parts.Title", "Cuisines").Set("parts.Summary", "Votre avis.")
            .Set("parts.Consultation.questions[0].text", "Quel plan de travail ?")
            .Set("parts.Consultation.questions[0].options[0].text", "Bois").Set("parts.Consultation.questions[0].options[1].text", "Stratifié");

        page.Set("fields.Projet.search", "alpins");
        page = await page.PressAsync("Chercher pour « Projet concerné »");
        Assert.Contains("1 contenu trouvé", Forms.Text(page.Html));
        page = await page.PressAsync("Choisir « Réhabilitation de la résidence Les Alpins » pour « Projet concerné »");
        Assert.Equal("Retirer « Réhabilitation de la résidence Les Alpins » de « Projet concerné »", page.Document.QuerySelector("button[autofocus]")?.TextContent.Trim());
        Assert.Equal("Quel plan de travail ?", page.Value("parts.Consultation.questions[0].text"));
        var saved = await page.PressAsync("Enregistrer le brouillon");

        var item = await ApiItemAsync(agency, saved.SavedId);
        Assert.Equal(["demo-project-alpins"], item.GetProperty("fields").GetProperty("Projet").GetProperty("value").EnumerateArray().Select(v => v.GetString()));
        var reopened = await EditorPage.OpenAsync(editor, saved.Url);
        Assert.Contains("Réhabilitation de la résidence Les Alpins", reopened.Document.QuerySelector(".picked")?.TextContent);
    }

    [Fact]
    public async Task MeetingEditor_DatesInParisTimeAndAProjectPickedByTitle_SavesTheMeetingWithoutAnyJson()
    {
        var agency = await factory.CreateAgencyAsync();
        var editor = await SignedInAsync(agency, EditorEmail);
        var page = await EditorPage.OpenAsync(editor, "admin/contenus/nouveau/Meeting");
        Assert.DoesNotContain("parts.Meeting", page.Html, StringComparison.Ordinal);
        page.Set("parts.Title", "Atelier compost").Set("parts.Summary", "Apprendre à composter.")
            .Set("fields.Kind", "Atelier").Set("fields.Start", "2026-12-10T18:00").Set("fields.End", "2026-12-10T20:00").Set("fields.Capacity", "20")
            .Set("fields.Project.search", "Tilleuls");
        page = await page.PressAsync("Chercher pour « Projet concerné »");
        page = await page.PressAsync("Choisir « Jardins partagés du Clos des Tilleuls » pour « Projet concerné »");
        Assert.Equal("2026-12-10T18:00", page.Value("fields.Start"));

        var saved = await page.PressAsync("Enregistrer le brouillon");

        var fields = (await ApiItemAsync(agency, saved.SavedId)).GetProperty("fields");
        Assert.Equal(DateTimeOffset.Parse("2026-12-10T17:00:00Z", System.Globalization.CultureInfo.InvariantCulture), fields.GetProperty("Start").GetProperty("value").GetDateTimeOffset());
        Assert.Equal(["demo-project-tilleuls"], fields.GetProperty("Project").GetProperty("value").EnumerateArray().Select(v => v.GetString()));
    }

    private static List<string> Stakeholders(EditorPage page) =>
        Enumerable.Range(0, 10).Select(i => $"parts.RoadMap.stakeholders[{i}].name").Where(page.Has).Select(page.Value).ToList();

    private static string Compact(JsonElement element) =>
        JsonSerializer.Serialize(element, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
