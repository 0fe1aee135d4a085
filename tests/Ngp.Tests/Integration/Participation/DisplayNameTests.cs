using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Data;
using Ngp.Core.Outbox;
using Ngp.Tests.Harness;
using static Ngp.Tests.Harness.ParticipationHarness;

namespace Ngp.Tests.Integration.Participation;

/// <summary>People sign their comments with a name they choose; nothing of their e-mail address shows to others.</summary>
public abstract class DisplayNameTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : NgpFactory
{
    private const string ProjectPage = "projets/rehabilitation-de-la-residence-les-alpins";

    private static readonly HtmlParser Parser = new();

    private static string LocalPart(string email) => email.Split('@')[0];

    private static IReadOnlyList<string> AuthorsOnPage(string html) =>
        Parser.ParseDocument(html).QuerySelectorAll("[id$='-auteur'] strong").Select(e => e.TextContent.Trim()).ToList();

    private static async Task<string> AuthorInApiAsync(Agency agency, long commentId)
    {
        var thread = await JsonAsync(await agency.Client().GetAsync($"api/v1/content/{DemoProject}/comments"));
        return All(thread.GetProperty("items")).Single(c => c.GetProperty("id").GetInt64() == commentId).GetProperty("author").GetString()!;
    }

    private static IEnumerable<JsonElement> All(JsonElement roots) =>
        roots.EnumerateArray().SelectMany(c => All(c.GetProperty("replies")).Prepend(c));

    [SkippableFact]
    public async Task Comment_ByAResidentWithoutDisplayName_ShowsTheAgencysResidentAndNoPartOfTheirAddress()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        var id = await CommentIdAsync(await CommentAsync(resident.Api, DemoProject, "Pensez aux poussettes dans le hall."));

        var html = await agency.Client().GetStringAsync(ProjectPage);
        var api = await (await agency.Client().GetAsync($"api/v1/content/{DemoProject}/comments")).Content.ReadAsStringAsync();

        Assert.Equal($"Habitant·e, {agency.Tenant.DisplayName}", await AuthorInApiAsync(agency, id));
        Assert.Contains($"Habitant·e, {agency.Tenant.DisplayName}", AuthorsOnPage(html));
        Assert.DoesNotContain(LocalPart(resident.Email), html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(LocalPart(resident.Email), api, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@", string.Join(' ', AuthorsOnPage(html)), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task DemoProject_Comments_AreSignedWithTheDemoAccountsNamesNeverTheirAddresses()
    {
        var agency = await factory.CreateAgencyAsync();

        var authors = AuthorsOnPage(await agency.Client().GetStringAsync(ProjectPage));

        Assert.Contains("Camille L.", authors);
        Assert.DoesNotContain(authors, a => a is "locataire" or "partenaire" or "agent" || a.Contains('@', StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task DisplayName_ChosenOnTheAccountPage_SignsOldAndNewCommentsAndIsExported()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        var before = await CommentIdAsync(await CommentAsync(resident.Api, DemoProject, "Un premier avis sur le calendrier."));
        Assert.DoesNotContain("Marie D.", AuthorsOnPage(await agency.Client().GetStringAsync(ProjectPage)));
        var browser = await BrowserAsync(agency, resident.Email, resident.Password);

        var saved = await Forms.SubmitAsync(browser, "compte", new Dictionary<string, string> { ["DisplayName"] = "  Marie   D. " }, handler: "DisplayName");
        var after = await CommentIdAsync(await CommentAsync(resident.Api, DemoProject, "Un second avis sur les parkings."));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Vos commentaires sont signés « Marie D. »", Forms.Text(await browser.GetStringAsync("compte")), StringComparison.Ordinal);
        Assert.Equal(2, AuthorsOnPage(await agency.Client().GetStringAsync(ProjectPage)).Count(a => a == "Marie D."));
        Assert.Equal("Marie D.", await AuthorInApiAsync(agency, before));
        Assert.Equal("Marie D.", await AuthorInApiAsync(agency, after));
        var export = JsonDocument.Parse(await browser.GetStringAsync("compte?handler=Export")).RootElement;
        Assert.Equal("Marie D.", export.GetProperty("account").GetProperty("displayName").GetString());
    }

    [SkippableTheory]
    [InlineData("marie.dupont@exemple.fr", "adresse e-mail")]
    [InlineData("M", "au moins 2 caractères")]
    [InlineData("Une signature beaucoup trop longue pour tenir dans la marge du fil", "60 caractères")]
    public async Task DisplayName_NotAName_IsRefusedWithAFrenchMessageAndNotSaved(string value, string message)
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        var browser = await BrowserAsync(agency, resident.Email, resident.Password);

        var refused = await Forms.SubmitAsync(browser, "compte", new Dictionary<string, string> { ["DisplayName"] = value }, handler: "DisplayName");
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(Forms.Errors(html), e => e.Contains(message, StringComparison.Ordinal));
        Assert.Null(await agency.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<NgpDbContext>().Users.Single(u => u.Email == resident.Email).DisplayName)));
    }

    [SkippableFact]
    public async Task DisplayName_ThePartOfTheirOwnAddressBeforeTheAt_IsRefused()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        var browser = await BrowserAsync(agency, resident.Email, resident.Password);

        var refused = await Forms.SubmitAsync(browser, "compte", new Dictionary<string, string> { ["DisplayName"] = LocalPart(resident.Email).ToUpperInvariant() }, handler: "DisplayName");

        Assert.Contains(Forms.Errors(await refused.Content.ReadAsStringAsync()), e => e.Contains("adresse e-mail", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task DisplayName_AfterDeletingTheAccount_IsGoneAndTheCommentReadsDeletedAccount()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        var browser = await BrowserAsync(agency, resident.Email, resident.Password);
        await Forms.SubmitAsync(browser, "compte", new Dictionary<string, string> { ["DisplayName"] = "Karim B." }, handler: "DisplayName");
        var id = await CommentIdAsync(await CommentAsync(resident.Api, DemoProject, "Merci pour la réunion."));
        Assert.Contains("Karim B.", AuthorsOnPage(await agency.Client().GetStringAsync(ProjectPage)));

        var deleted = await Forms.SubmitAsync(browser, "compte", new Dictionary<string, string> { ["DeletePassword"] = resident.Password }, handler: "Delete");
        await factory.Services.GetRequiredService<OutboxDispatcher>().DrainAsync(agency.Tenant);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal("Compte supprimé", await AuthorInApiAsync(agency, id));
        Assert.DoesNotContain("Karim B.", await agency.Client().GetStringAsync(ProjectPage), StringComparison.Ordinal);
        Assert.False(await agency.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<NgpDbContext>().Users.Any(u => u.DisplayName == "Karim B."))));
    }
}

public sealed class DisplayNameTestsOnSqlite(SqliteFactory factory) : DisplayNameTests<SqliteFactory>(factory);

public sealed class DisplayNameTestsOnPostgres(PostgresFactory factory) : DisplayNameTests<PostgresFactory>(factory);
