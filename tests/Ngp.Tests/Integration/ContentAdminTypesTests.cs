using System.Text.Json;
using AngleSharp.Html.Parser;
using Ngp.Tests.Harness;
using static Ngp.Tests.Integration.ContentAdminSteps;

namespace Ngp.Tests.Integration;

public sealed class ContentAdminTypesTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    private static Task<HttpResponseMessage> AddFieldAsync(HttpClient admin, string displayName, string type, Dictionary<string, string>? more = null)
    {
        var fields = new Dictionary<string, string>(more ?? []) { ["Field.DisplayName"] = displayName, ["Field.Type"] = type };
        return PostAsync(admin, "admin/types/News", "admin/types/News?handler=Add", fields);
    }

    private static IReadOnlyList<string> FieldNames(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelectorAll("table.data tbody th").Select(th => th.TextContent.Trim()).ToList();

    [Fact]
    public async Task AddedField_AppearsInTheEditorAndItsValueIsSaved()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await SignedInAsync(agency, NgpFactory.AdminEmail);

        var added = await AddFieldAsync(admin, "Bailleur partenaire", "Text", new() { ["Field.Hint"] = "Nom de l'organisme associé." });
        Assert.Contains("Le champ « Bailleur partenaire » (BailleurPartenaire) est ajouté", Forms.Text(await added.Content.ReadAsStringAsync()));

        var form = await admin.GetStringAsync("admin/contenus/nouveau/News");
        Assert.Contains("<label for=\"fields_BailleurPartenaire\">Bailleur partenaire</label>", form);
        Assert.Contains("Bailleur partenaire Nom de l'organisme associé.", Forms.Text(form));
        var fields = NewsForm("Chantier commun avec un bailleur voisin");
        fields["fields.BailleurPartenaire"] = "Alpes Habitat";
        var created = await Forms.SubmitAsync(admin, "admin/contenus/nouveau/News", fields.With("save"));
        var path = created.RequestMessage!.RequestUri!.AbsolutePath;
        var id = path[(path.LastIndexOf('/') + 1)..];

        Assert.Equal("Alpes Habitat", InputValue(await created.Content.ReadAsStringAsync(), "fields.BailleurPartenaire"));
        var item = await ApiItemAsync(agency, id);
        Assert.Equal("Alpes Habitat", item.GetProperty("fields").GetProperty("BailleurPartenaire").GetProperty("value").GetString());
    }

    [Fact]
    public async Task AddedChoiceField_WithoutChoices_IsRefusedInFrench()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await SignedInAsync(agency, NgpFactory.AdminEmail);

        var refused = await AddFieldAsync(admin, "Résidence", "Choice");
        var withBadName = await AddFieldAsync(admin, "Résidence", "Text", new() { ["Field.Name"] = "résidence" });

        Assert.Contains(Forms.Errors(await refused.Content.ReadAsStringAsync()), e => e.Contains("doit proposer au moins un choix"));
        Assert.Contains(Forms.Errors(await withBadName.Content.ReadAsStringAsync()), e => e.StartsWith("Le nom technique commence par une majuscule"));
        Assert.Contains("Ce type n'a pas encore de champ propre.", await admin.GetStringAsync("admin/types/News"));
    }

    [Fact]
    public async Task Fields_MovedAndRemovedWithConfirmation_ChangeTheEditorForm()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await SignedInAsync(agency, NgpFactory.AdminEmail);
        await AddFieldAsync(admin, "Résidence", "Choice", new() { ["Field.Choices"] = "Les Alpins\nLe Belvédère" });
        await AddFieldAsync(admin, "Date de l'événement", "Date");

        await PostAsync(admin, "admin/types/News", "admin/types/News?handler=Move&field=DateDeLEvenement&direction=up");
        Assert.Equal(["Date de l'événement", "Résidence"], FieldNames(await admin.GetStringAsync("admin/types/News")));
        var confirmation = await admin.GetStringAsync("admin/types/News?supprimer=Residence");
        Assert.Contains("Retirer le champ « Résidence » du type ?", Forms.Text(confirmation));
        var removed = await PostAsync(admin, "admin/types/News?supprimer=Residence", "admin/types/News?handler=Remove&field=Residence");

        Assert.Equal(["Date de l'événement"], FieldNames(await removed.Content.ReadAsStringAsync()));
        var form = await admin.GetStringAsync("admin/contenus/nouveau/News");
        Assert.Contains("name=\"fields.DateDeLEvenement\" type=\"date\"", form);
        Assert.DoesNotContain("fields.Residence", form);
    }

    [Fact]
    public async Task RemovingAFieldAModuleReads_IsRefusedInFrench_AndTheTypeKeepsIt()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await SignedInAsync(agency, NgpFactory.AdminEmail);

        var refused = await PostAsync(admin, "admin/types/Meeting?supprimer=Capacity", "admin/types/Meeting?handler=Remove&field=Capacity");

        Assert.Contains("Le champ « Capacity » est utilisé par les réunions : il ne peut pas être retiré du type « Meeting » ni renommé.", Forms.Text(await refused.Content.ReadAsStringAsync()));
        Assert.Contains(FieldNames(await admin.GetStringAsync("admin/types/Meeting")), n => n.Contains("Nombre de places", StringComparison.Ordinal));
        // A field nobody reads still goes.
        var removed = await PostAsync(admin, "admin/types/Meeting?supprimer=Agenda", "admin/types/Meeting?handler=Remove&field=Agenda");
        Assert.DoesNotContain(FieldNames(await removed.Content.ReadAsStringAsync()), n => n.Contains("Ordre du jour", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_GivesTheContentDefinitionsRecipeStep()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await SignedInAsync(agency, NgpFactory.AdminEmail);
        await AddFieldAsync(admin, "Bailleur partenaire", "Text");

        var response = await admin.GetAsync("admin/types/News?handler=Export");

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var step = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("contentDefinitions", step.GetProperty("name").GetString());
        var type = step.GetProperty("types")[0];
        Assert.Equal("News", type.GetProperty("name").GetString());
        Assert.Equal("Actualité", type.GetProperty("displayName").GetString());
        Assert.Equal("BailleurPartenaire", type.GetProperty("fields")[0].GetProperty("name").GetString());
        Assert.Contains(type.GetProperty("parts").EnumerateArray(), p => p.GetProperty("name").GetString() == "Summary" && p.GetProperty("required").GetBoolean());
    }

    [Fact]
    public async Task TypesPage_ForAnEditor_IsRefused()
    {
        var agency = await factory.CreateAgencyAsync();
        var editor = await SignedInAsync(agency, EditorEmail);

        var response = await editor.GetAsync("admin/types");

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.StatusCode);
    }
}
