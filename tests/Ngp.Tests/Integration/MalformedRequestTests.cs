using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration;

/// <summary>Requests the framework cannot read, or that are too large or too many: French problem details, nothing changed.</summary>
public abstract class MalformedRequestTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : NgpFactory
{
    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    [SkippableFact]
    public async Task Comment_WithBrokenOrTooDeepJson_IsRefusedInFrenchAndNotPosted()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        var deep = string.Concat(Enumerable.Repeat("{\"a\":", 1000)) + "1" + new string('}', 1000);

        foreach (var body in new[] { "{\"body\":", deep, "[1,2]" })
            await Problems.ReadAsync(await resident.Api.PostAsync("api/v1/content/demo-project-alpins/comments", Json(body)), HttpStatusCode.BadRequest);
        var wrongType = await Problems.ReadAsync(await resident.Api.PostAsync("api/v1/content/demo-project-alpins/comments", Json("""{"body":"Oui","parentId":"abc"}""")), HttpStatusCode.BadRequest);
        var xml = await Problems.ReadAsync(await resident.Api.PostAsync("api/v1/content/demo-project-alpins/comments", new StringContent("<a/>", Encoding.UTF8, "application/xml")), HttpStatusCode.UnsupportedMediaType);

        Assert.Equal("Le champ « parentId » du corps de la requête est illisible ou n'a pas le type attendu.", wrongType.GetProperty("title").GetString());
        Assert.True(wrongType.GetProperty("errors").TryGetProperty("parentId", out _));
        Assert.Contains("JSON", xml.GetProperty("title").GetString());
        var thread = await agency.Client().GetFromJsonAsync<JsonElement>("api/v1/content/demo-project-alpins/comments");
        Assert.DoesNotContain(thread.GetProperty("items").EnumerateArray(), c => c.GetProperty("body").GetString() == "Oui");
    }

    [SkippableFact]
    public async Task ContentList_WithAPageThatIsNotANumber_NamesTheParameterInFrench()
    {
        var agency = await factory.CreateAgencyAsync();

        var problem = await Problems.ReadAsync(await agency.Client().GetAsync("api/v1/content?page=deux"), HttpStatusCode.BadRequest);

        Assert.Equal("Le paramètre « page » n'a pas la forme attendue : un nombre entier.", problem.GetProperty("title").GetString());
    }

    [SkippableFact]
    public async Task ContentList_AtTheLastPossiblePageOrWithAControlCharacter_AnswersLikeAnyEmptySearch()
    {
        var agency = await factory.CreateAgencyAsync();

        var last = await agency.Client().GetFromJsonAsync<JsonElement>("api/v1/content?page=2147483647");
        var nul = await agency.Client().GetFromJsonAsync<JsonElement>("api/v1/content?q=r%C3%A9habilitation%00&type=Project%00");

        Assert.Empty(last.GetProperty("items").EnumerateArray());
        Assert.Contains(nul.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == "demo-project-alpins");
    }

    [SkippableFact]
    public async Task Api_UnknownAddressOrHeadOfficeRoute_AnswersNotFoundInFrench()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();

        var unknown = await Problems.ReadAsync(await agency.Client().PostAsync("api/v1/comments/abc/support", null), HttpStatusCode.NotFound);
        await Problems.ReadAsync(await admin.GetAsync("api/v1/tenants"), HttpStatusCode.NotFound);

        Assert.Equal("Cette adresse n'existe pas.", unknown.GetProperty("title").GetString());
    }

    [SkippableFact]
    public async Task Api_BodyOverTheLimit_IsRefusedWith413BeforeBeingRead()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var huge = "{\"type\":\"News\",\"title\":\"Énorme\",\"parts\":{\"Body\":{\"markdown\":\"" + new string('a', 2 * 1024 * 1024) + "\"}}}";

        var problem = await Problems.ReadAsync(await admin.PostAsync("api/v1/content", Json(huge)), HttpStatusCode.RequestEntityTooLarge);

        Assert.Equal("Le corps de la requête dépasse 1 Mo, la taille acceptée à cette adresse.", problem.GetProperty("title").GetString());
        Assert.DoesNotContain("Énorme", await Drafts.TitlesAsync(admin, "News"));
    }

    [SkippableFact]
    public async Task Content_WithHalfAUnicodeCharacter_IsRefusedBesideTheFieldAndNotSaved()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();

        var problem = await Problems.ReadAsync(
            await admin.PostAsync("api/v1/content", Json("""{"type":"News","title":"Demi-caractère","parts":{"Summary":{"text":"a\ud800b"}}}""")),
            HttpStatusCode.UnprocessableEntity);

        Assert.StartsWith("Ce texte contient un caractère invalide", problem.GetProperty("errors").GetProperty("parts.Summary")[0].GetString());
        Assert.DoesNotContain("Demi-caractère", await Drafts.TitlesAsync(admin, "News"));
    }

    [SkippableFact]
    public async Task SignIn_WithAControlCharacterInTheAddress_IsRefusedAsABadRequest()
    {
        var agency = await factory.CreateAgencyAsync();

        var token = await agency.Client().PostAsJsonAsync("api/v1/auth/token", new { email = "admin\u0000@ngp.local", password = NgpFactory.AdminPassword });
        var form = await Forms.SubmitAsync(agency.Client(), "compte/connexion", new Dictionary<string, string> { ["Input.Email"] = "admin\0@ngp.local", ["Input.Password"] = NgpFactory.AdminPassword });

        var problem = await Problems.ReadAsync(token, HttpStatusCode.BadRequest);
        Assert.Equal("Le champ « email » contient un caractère de contrôle invisible (comme U+0000) : retirez-le.", problem.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, form.StatusCode);
    }

    [SkippableFact]
    public async Task Workflow_WithNullWhereAListIsExpected_IsRefusedInFrenchAndKept()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var before = await admin.GetStringAsync("api/v1/workflows/actualite-publiee-abonnes");
        var broken = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(before)!;
        broken["activities"] = JsonSerializer.SerializeToElement<object?>(null);

        var problem = await Problems.ReadAsync(await admin.PutAsync("api/v1/workflows/actualite-publiee-abonnes", Json(JsonSerializer.Serialize(broken))), HttpStatusCode.UnprocessableEntity);

        Assert.StartsWith("Le workflow n'est pas un JSON valide", problem.GetProperty("title").GetString());
        Assert.Equal(before, await admin.GetStringAsync("api/v1/workflows/actualite-publiee-abonnes"));
    }

    [SkippableFact]
    public async Task MeetingRegistration_TooOften_IsRateLimitedWithFrenchProblemDetails()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();

        HttpResponseMessage last = new(HttpStatusCode.OK);
        for (var i = 0; i < 25 && last.StatusCode != HttpStatusCode.TooManyRequests; i++)
            last = await resident.Api.PostAsync("api/v1/meetings/demo-meeting-2/registration", null);

        var problem = await Problems.ReadAsync(last, HttpStatusCode.TooManyRequests);
        Assert.StartsWith("Trop de demandes", problem.GetProperty("title").GetString());
    }
}

public sealed class MalformedRequestTestsOnSqlite(SqliteFactory factory) : MalformedRequestTests<SqliteFactory>(factory);

public sealed class MalformedRequestTestsOnPostgres(PostgresFactory factory) : MalformedRequestTests<PostgresFactory>(factory);
