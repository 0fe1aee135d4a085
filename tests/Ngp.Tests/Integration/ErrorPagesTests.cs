using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration;

/// <summary>The site on SQLite with an address that fails as a fault of the site would (an unexpected exception).</summary>
public sealed class FaultySiteFactory : SqliteFactory
{
    public const string FaultyPath = "panne-de-test";

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IStartupFilter, FaultFilter>();

    private sealed class FaultFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map("/" + FaultyPath, fault => fault.Run(_ => throw new InvalidOperationException("Panne simulée par le test.")));
            app.Map("/api/v1/" + FaultyPath, fault => fault.Run(_ => throw new InvalidOperationException("Panne simulée par le test.")));
        };
    }
}

public sealed class ErrorPagesTests(FaultySiteFactory factory) : IClassFixture<FaultySiteFactory>
{
    private static HttpRequestMessage Browser(HttpMethod method, string url)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        return request;
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task MissingPage_InABrowser_IsTheAgencysFrenchPage_WithAWayBack()
    {
        var agency = await factory.CreateAgencyAsync();

        var response = await agency.Client().SendAsync(Browser(HttpMethod.Get, "nulle-part/ici?x=1"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1 id=\"titre-erreur\">Page introuvable</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{agency.PathBase}/\"", html, StringComparison.Ordinal);
        Assert.Contains(agency.Tenant.DisplayName, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Not Found", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingApiRoute_AnswersFrenchProblemDetails()
    {
        var agency = await factory.CreateAgencyAsync();

        var response = await agency.Client().SendAsync(Browser(HttpMethod.Get, "api/v1/nulle-part"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Cette adresse n'existe pas.", (await ProblemAsync(response)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task FormPostedWithoutItsToken_IsRefusedWithAFrenchPage()
    {
        var agency = await factory.CreateAgencyAsync();
        var request = Browser(HttpMethod.Post, "compte/connexion");
        request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = "quelqu.un@exemple.test", ["Input.Password"] = "x" });

        var response = await agency.Client().SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Demande incorrecte", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{agency.PathBase}/\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FaultOfTheSite_IsAFrench500Page_AndFrenchProblemDetailsForTheApi()
    {
        var agency = await factory.CreateAgencyAsync();

        var page = await agency.Client().SendAsync(Browser(HttpMethod.Get, FaultySiteFactory.FaultyPath));
        var api = await agency.Client().SendAsync(Browser(HttpMethod.Get, "api/v1/" + FaultySiteFactory.FaultyPath));
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1>Erreur du site</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{agency.PathBase}/\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Panne simulée", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.InternalServerError, api.StatusCode);
        var problem = await ProblemAsync(api);
        Assert.Equal("Une erreur inattendue s'est produite : réessayez plus tard.", problem.GetProperty("title").GetString());
        Assert.DoesNotContain("Panne simulée", problem.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ErrorPage_AskedForDirectly_IsNotFound()
    {
        var agency = await factory.CreateAgencyAsync();

        var response = await agency.Client().SendAsync(Browser(HttpMethod.Get, "erreur/500"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page introuvable", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
