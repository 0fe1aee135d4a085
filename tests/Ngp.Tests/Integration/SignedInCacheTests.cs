using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Parser;
using Ngp.Tests.Harness;
using static Ngp.Tests.Harness.ParticipationHarness;

namespace Ngp.Tests.Integration;

/// <summary>
/// What the pages of a signed-in person keep from one request to the next (issue 25) is never older than the
/// change that person or anyone on this node just made: each cache is read, changed, and read again here.
/// </summary>
public abstract class SignedInCacheTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : NgpFactory
{
    private static readonly HtmlParser Parser = new();

    [SkippableFact]
    public async Task Comment_EditedAfterItsAuthorReadThePage_ShowsTheNewTextOnTheirNextView()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        var id = await CommentIdAsync(await CommentAsync(resident.Api, DemoProject, "Premier **jet** du texte"));
        var browser = await BrowserAsync(agency, resident.Email, resident.Password);
        const string page = "projets/rehabilitation-de-la-residence-les-alpins";
        Assert.Contains("<strong>jet</strong>", Parser.ParseDocument(await browser.GetStringAsync(page)).QuerySelector($"#commentaire-{id}")!.InnerHtml);

        var edit = await resident.Api.PutAsJsonAsync($"api/v1/comments/{id}", new { body = "Version **corrigée** du texte", stance = "neutral" });
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);

        var shown = Parser.ParseDocument(await browser.GetStringAsync(page)).QuerySelector($"#commentaire-{id}")!.InnerHtml;
        Assert.Contains("<strong>corrigée</strong>", shown);
        Assert.DoesNotContain("jet", shown);
    }
}

public sealed class SignedInCacheTestsOnSqlite(SqliteFactory factory) : SignedInCacheTests<SqliteFactory>(factory);

public sealed class SignedInCacheTestsOnPostgres(PostgresFactory factory) : SignedInCacheTests<PostgresFactory>(factory);
