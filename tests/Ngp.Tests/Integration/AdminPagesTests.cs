using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Tenancy;
using Ngp.Tenants;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration;

public sealed class AdminPagesTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    private static async Task<HttpClient> SignedInAsync(HttpClient browser, string email, string password)
    {
        var response = await Forms.SubmitAsync(browser, "compte/connexion", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.Contains("<h1>Mon compte</h1>", await response.Content.ReadAsStringAsync());
        return browser;
    }

    [Fact]
    public async Task Invitation_SentFromTheAdmin_LetsThePartnerCreateTheirAccountOnce()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await SignedInAsync(agency.Client(followRedirects: true), NgpFactory.AdminEmail, NgpFactory.AdminPassword);

        var invited = await Forms.SubmitAsync(admin, "admin/comptes", new Dictionary<string, string> { ["Invite.Email"] = "bailleur@partenaire.fr", ["Invite.Role"] = "Partner" }, handler: "Invite");
        var invitedText = Forms.Text(await invited.Content.ReadAsStringAsync());
        Assert.True(invitedText.Contains("Invitation envoyée à bailleur@partenaire.fr"), invitedText);
        var link = Mailbox.LinkTo(agency, "bailleur@partenaire.fr", "/compte/invitation");
        var guest = agency.Client(followRedirects: true);
        var accepted = await Forms.SubmitAsync(guest, link, new Dictionary<string, string> { ["Password"] = "Partenaire-2026x" }, keepQuery: true);
        var again = await guest.GetStringAsync(link);

        Assert.Contains("<h1>Mon compte</h1>", await accepted.Content.ReadAsStringAsync());
        var partner = await factory.TokenClientAsync(agency.PathBase, "bailleur@partenaire.fr", "Partenaire-2026x");
        var me = await partner.GetFromJsonAsync<JsonElement>("api/v1/me");
        Assert.Equal("Partner", me.GetProperty("roles")[0].GetString());
        Assert.Contains("a déjà servi", again);
    }

    [Fact]
    public async Task AdminPages_ForAResident_AreRefused()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        var browser = await SignedInAsync(agency.Client(followRedirects: true), resident.Email, resident.Password);

        foreach (var page in new[] { "admin", "admin/comptes", "admin/baux", "admin/roles" })
        {
            var response = await browser.GetAsync(page);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.EndsWith("/compte/acces-refuse", response.RequestMessage!.RequestUri!.AbsolutePath);
            Assert.Contains("Accès refusé", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task RolesPage_GrantingAPermission_AppliesAtTheNextRequest()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await SignedInAsync(agency.Client(followRedirects: true), NgpFactory.AdminEmail, NgpFactory.AdminPassword);
        var editor = await factory.TokenClientAsync(agency.PathBase, "redaction@ngp.local", NgpFactory.AdminPassword);
        var csv = new StringContent("leaseReference,building,postcode\nED-1,Bât. E,38000\n", System.Text.Encoding.UTF8, "text/csv");
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsync("api/v1/leases", csv)).StatusCode);

        var page = await admin.GetStringAsync("admin/roles");
        var token = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page).QuerySelector("input[name=__ngp_csrf]")!.GetAttribute("value")!;
        var grants = new List<KeyValuePair<string, string>> { new("__ngp_csrf", token), new("grant", "Editor|AccessAdmin"), new("grant", "Editor|ManageLeases") };
        var saved = await admin.PostAsync("admin/roles", new FormUrlEncodedContent(grants));

        Assert.Contains("Les permissions des rôles sont enregistrées", await saved.Content.ReadAsStringAsync());
        var again = new StringContent("leaseReference,building,postcode\nED-1,Bât. E,38000\n", System.Text.Encoding.UTF8, "text/csv");
        Assert.Equal(HttpStatusCode.OK, (await editor.PostAsync("api/v1/leases", again)).StatusCode);
    }

    [Fact]
    public async Task LeasesPage_UploadingACsvFile_ShowsTheReport()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await SignedInAsync(agency.Client(followRedirects: true), NgpFactory.AdminEmail, NgpFactory.AdminPassword);
        var page = await admin.GetStringAsync("admin/baux");
        var token = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page).QuerySelector("input[name=__ngp_csrf]")!.GetAttribute("value")!;
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__ngp_csrf" },
            { new ByteArrayContent("leaseReference,building,postcode\nUP-1,Les Ormes,38000\nUP-2,Les Ormes,380\n"u8.ToArray()), "CsvFile", "baux.csv" },
        };

        var html = await (await admin.PostAsync("admin/baux", form)).Content.ReadAsStringAsync();

        Assert.Contains("1 bail(s) ajouté(s), 0 mis à jour, 1 ligne(s) refusée(s)", html);
        Assert.Contains("Le code postal doit avoir 5 chiffres.", html);
        Assert.Contains("L'agence connaît 21 bail(s)", html);
    }

    [Fact]
    public async Task TenantsPage_PublicAddress_IsSavedShownAndABadOneRefusedInFrench()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await SignedInAsync(factory.ClientFor("", followRedirects: true), NgpFactory.AdminEmail, NgpFactory.AdminPassword);

        var saved = await Forms.SubmitAsync(admin, "admin/agences", new Dictionary<string, string> { ["name"] = agency.Name, ["publicAddress"] = "https://Grenoble.Example.org/" }, handler: "Address");
        var refused = await Forms.SubmitAsync(admin, "admin/agences", new Dictionary<string, string> { ["name"] = agency.Name, ["publicAddress"] = "grenoble" }, handler: "Address");

        var savedText = Forms.Text(await saved.Content.ReadAsStringAsync());
        Assert.Contains("mènent désormais à https://grenoble.example.org/", savedText);
        Assert.Contains("Liens des e-mails : https://grenoble.example.org/", savedText);
        Assert.Contains("L'adresse publique doit être une adresse web complète", Forms.Text(await refused.Content.ReadAsStringAsync()));
        Assert.Equal("https://grenoble.example.org", factory.Services.GetRequiredService<TenantRegistry>().Find(agency.Name)!.PublicAddress);
    }

    [Fact]
    public async Task TenantsPage_CreatesDisablesAndRemovesAnAgencyWithConfirmation()
    {
        var admin = await SignedInAsync(factory.ClientFor("", followRedirects: true), NgpFactory.AdminEmail, NgpFactory.AdminPassword);
        var name = "ecran-" + Guid.NewGuid().ToString("N")[..6];

        var created = await Forms.SubmitAsync(admin, "admin/agences", new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.DisplayName"] = "Agence écran",
            ["Input.UrlPrefix"] = name,
            ["Input.Recipe"] = "agency",
            ["Input.AdminEmail"] = "dir@ecran.fr",
            ["Input.AdminPassword"] = NgpFactory.StrongPassword,
        }, handler: "Create");
        Assert.Contains("L'agence « Agence écran » est créée", Forms.Text(await created.Content.ReadAsStringAsync()));

        var badPrefix = await Forms.SubmitAsync(admin, "admin/agences", new Dictionary<string, string>
        {
            ["Input.Name"] = "api", ["Input.DisplayName"] = "X", ["Input.UrlPrefix"] = "api", ["Input.AdminEmail"] = "a@b.fr", ["Input.AdminPassword"] = NgpFactory.StrongPassword,
        }, handler: "Create");
        Assert.Contains(Forms.Errors(await badPrefix.Content.ReadAsStringAsync()), e => e.Contains("mot réservé"));

        var page = await admin.GetStringAsync("admin/agences");
        var token = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page).QuerySelector("input[name=__ngp_csrf]")!.GetAttribute("value")!;
        await admin.PostAsync($"admin/agences?handler=Disable&name={name}", new FormUrlEncodedContent(new Dictionary<string, string> { ["__ngp_csrf"] = token }));
        var wrongConfirmation = await Forms.SubmitAsync(admin, $"admin/agences/{name}/supprimer", new Dictionary<string, string> { ["Confirmation"] = "autre" });
        Assert.Contains(Forms.Errors(await wrongConfirmation.Content.ReadAsStringAsync()), e => e.Contains("Recopiez exactement"));
        Assert.NotNull(factory.Services.GetRequiredService<TenantRegistry>().Find(name));

        var removed = await Forms.SubmitAsync(admin, $"admin/agences/{name}/supprimer", new Dictionary<string, string> { ["Confirmation"] = name });

        Assert.Contains("est supprimée", await removed.Content.ReadAsStringAsync());
        Assert.Null(factory.Services.GetRequiredService<TenantRegistry>().Find(name));
    }

    [Fact]
    public async Task TenantsPage_OnAnAgency_DoesNotExist()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await SignedInAsync(agency.Client(followRedirects: true), NgpFactory.AdminEmail, NgpFactory.AdminPassword);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("admin/agences")).StatusCode);
        Assert.Equal(TenantState.Running, agency.Tenant.State);
    }
}
