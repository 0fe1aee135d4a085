using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Ngp.Tests.Harness;
using static Ngp.Tests.Integration.ContentAdminSteps;

namespace Ngp.Tests.Integration;

/// <summary>Issue 17: staff never type JSON; every part of every type of the recipes has a form or nothing to type.</summary>
public sealed class ContentEditorJsonTests(QuietSqliteFactory factory) : IClassFixture<QuietSqliteFactory>
{
    [Fact]
    public async Task AdminEditors_OfEveryTypeOfTheAgencyRecipes_ShowNoJsonTextAreaNorSearchPart()
    {
        var agency = await factory.CreateAgencyAsync();

        var types = await AssertNoJsonAsync(await SignedInAsync(agency, EditorEmail), await agency.AdminAsync());

        Assert.Contains("Project", types);
        Assert.Contains("Consultation", types);
        Assert.Contains("Meeting", types);
    }

    [Fact]
    public async Task AdminEditors_OfEveryTypeOfTheHeadOfficeRecipe_ShowNoJsonTextArea()
    {
        var headOffice = new Agency(factory, factory.HeadOffice);

        var types = await AssertNoJsonAsync(await SignedInAsync(headOffice, NgpFactory.AdminEmail), await factory.HeadOfficeAdminAsync());

        Assert.Contains("PlanAction", types);
    }

    /// <summary>Opens the new-item editor of every type and the editor of one item of each; answers the types.</summary>
    private static async Task<List<string>> AssertNoJsonAsync(HttpClient editor, HttpClient api)
    {
        var types = (await api.GetFromJsonAsync<JsonElement>("api/v1/content-types")).EnumerateArray().Select(t => t.GetProperty("name").GetString()!).ToList();
        var pages = types.Select(t => $"admin/contenus/nouveau/{t}").ToList();
        foreach (var type in types)
        {
            var items = (await api.GetFromJsonAsync<JsonElement>($"api/v1/content?type={type}")).GetProperty("items");
            pages.AddRange(items.EnumerateArray().Take(1).Select(i => $"admin/contenus/{i.GetProperty("id").GetString()}"));
        }
        Assert.True(pages.Count > types.Count, "The demo items were not found.");

        foreach (var page in pages)
        {
            var form = new HtmlParser().ParseDocument(await editor.GetStringAsync(page)).QuerySelector("form.content-editor");
            Assert.NotNull(form);
            var json = form.QuerySelectorAll("textarea").Where(t => t.TextContent.TrimStart() is ['{' or '[', ..]).Select(t => t.GetAttribute("name")).ToList();
            Assert.True(json.Count == 0, $"{page}: JSON in {string.Join(", ", json)}");
            Assert.DoesNotContain("JSON", form.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain("Recherche (indexé)", form.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain("Réunion (inscriptions)", form.TextContent, StringComparison.Ordinal);
        }
        return types;
    }
}
