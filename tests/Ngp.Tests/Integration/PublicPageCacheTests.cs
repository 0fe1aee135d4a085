using System.Net.Http.Json;
using System.Text.Json;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration;

public sealed class PublicPageCacheTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    [Fact]
    public async Task CachedHomePage_ShowsANewsItemAsSoonAsItIsPublished_AndDropsItWhenUnpublished()
    {
        var agency = await factory.CreateAgencyAsync();
        var visitor = agency.Client();
        var admin = await agency.AdminAsync();
        await visitor.GetStringAsync("");
        await visitor.GetStringAsync("actualites");
        var created = await admin.PostAsJsonAsync("api/v1/content", new { type = "News", title = "Nouvelle toute fraîche", parts = new { Summary = new { text = "Frais." } } });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        await admin.PostAsync($"api/v1/content/{id}/publish", JsonContent.Create(new { }));
        var homeAfterPublish = Forms.Text(await visitor.GetStringAsync(""));
        var listAfterPublish = Forms.Text(await visitor.GetStringAsync("actualites"));
        await admin.PostAsync($"api/v1/content/{id}/unpublish", JsonContent.Create(new { }));
        var homeAfterUnpublish = Forms.Text(await visitor.GetStringAsync(""));

        Assert.Contains("Nouvelle toute fraîche", homeAfterPublish);
        Assert.Contains("Nouvelle toute fraîche", listAfterPublish);
        Assert.DoesNotContain("Nouvelle toute fraîche", homeAfterUnpublish);
    }

    [Fact]
    public async Task CachedHomePage_IsNeverServedToASignedInPerson_NorAcrossLanguages()
    {
        var agency = await factory.CreateAgencyAsync();
        var anonymous = Forms.Text(await agency.Client().GetStringAsync(""));
        var browser = agency.Client(followRedirects: true);
        await Forms.SubmitAsync(browser, "compte/connexion", new Dictionary<string, string> { ["Input.Email"] = NgpFactory.AdminEmail, ["Input.Password"] = NgpFactory.AdminPassword });

        var signedIn = Forms.Text(await browser.GetStringAsync(""));
        var english = agency.Client(followRedirects: true);
        var inEnglish = await english.GetStringAsync("langue?culture=en-GB&returnUrl=/");

        Assert.Contains("Se connecter", anonymous);
        Assert.Contains("Mon compte", signedIn);
        Assert.DoesNotContain("Se connecter", signedIn);
        Assert.Contains("<html lang=\"en\">", inEnglish);
    }

    [Fact]
    public async Task CachedPages_OfOneAgency_AreNeverServedForAnother()
    {
        var a = await factory.CreateAgencyAsync();
        var b = await factory.CreateAgencyAsync();

        var homeOfA = await a.Client().GetStringAsync("");
        var homeOfB = await b.Client().GetStringAsync("");

        Assert.Contains($"Agence {a.Name}", homeOfA);
        Assert.Contains($"Agence {b.Name}", homeOfB);
        Assert.DoesNotContain($"Agence {a.Name}", homeOfB);
    }
}
