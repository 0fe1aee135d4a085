using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration;

/// <summary>
/// The site behind a reverse proxy at 10.0.0.5, with HSTS on. The in-memory server has no client address: a test gives
/// it in <c>X-Test-Remote-Ip</c>, read before anything else, as the connection's own address would be.
/// </summary>
public sealed class ProxiedSiteFactory : SqliteFactory
{
    public const string KnownProxy = "10.0.0.5";

    protected override void AddSettings(IDictionary<string, string?> settings)
    {
        settings["Ngp:Https:Hsts"] = "true";
        settings["Ngp:Proxy:KnownProxies:0"] = KnownProxy;
    }

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IStartupFilter, RemoteAddressFilter>();

    private sealed class RemoteAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers["X-Test-Remote-Ip"], out var address))
                    context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

public sealed class HttpsBehindProxyTests(ProxiedSiteFactory factory) : IClassFixture<ProxiedSiteFactory>
{
    private sealed record SignIn(HttpResponseMessage Form, HttpResponseMessage Answer);

    /// <summary>Signs in through the form from <paramref name="remote"/>, claiming HTTPS, keeping cookies by hand (a cookie jar would not send Secure cookies over the test's http).</summary>
    private static async Task<SignIn> SignInAsync(Agency agency, Resident resident, string remote, string? forwardedHost = null)
    {
        var client = agency.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("http://localhost" + agency.PathBase + "/"),
            AllowAutoRedirect = false,
            HandleCookies = false,
        });
        client.DefaultRequestHeaders.Add("X-Test-Remote-Ip", remote);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.7");
        if (forwardedHost is not null)
            client.DefaultRequestHeaders.Add("X-Forwarded-Host", forwardedHost);
        var form = await client.GetAsync("compte/connexion");
        var token = new HtmlParser().ParseDocument(await form.Content.ReadAsStringAsync()).QuerySelector("input[name=__ngp_csrf]")!.GetAttribute("value")!;
        var post = new HttpRequestMessage(HttpMethod.Post, "compte/connexion")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = resident.Email, ["Input.Password"] = resident.Password, ["__ngp_csrf"] = token }),
        };
        post.Headers.Add("Cookie", string.Join("; ", form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));
        return new SignIn(form, await client.SendAsync(post));
    }

    private static IEnumerable<string> Cookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];

    [Theory]
    [InlineData(ProxiedSiteFactory.KnownProxy)]
    [InlineData("127.0.0.1")]
    public async Task SignIn_ThroughATrustedProxyOverHttps_CookiesAreSecure_AndHstsIsSent(string proxy)
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();

        var (form, answer) = await SignInAsync(agency, resident, proxy);

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        var session = Assert.Single(Cookies(answer), c => c.StartsWith(".ngp.session." + agency.Name + "=", StringComparison.Ordinal));
        Assert.Contains("secure", session, StringComparison.OrdinalIgnoreCase);
        Assert.All(Cookies(form), c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.Equal("max-age=31536000", form.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Fact]
    public async Task SignIn_ThroughATrustedProxyForwardingAnotherHost_RedirectsToAPathOfTheTenant()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();

        var (_, answer) = await SignInAsync(agency, resident, ProxiedSiteFactory.KnownProxy, forwardedHost: "piege.example");

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        var location = answer.Headers.Location!.OriginalString;
        Assert.StartsWith(agency.PathBase + "/", location, StringComparison.Ordinal);
        Assert.DoesNotContain("piege.example", location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_FromAnUntrustedAddressClaimingHttps_IsPlainHttp_NoSecureCookieNorHsts()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();

        var (form, answer) = await SignInAsync(agency, resident, "203.0.113.9");

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.All(Cookies(answer).Concat(Cookies(form)), c => Assert.DoesNotContain("secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.False(form.Headers.Contains("Strict-Transport-Security"));
    }
}
