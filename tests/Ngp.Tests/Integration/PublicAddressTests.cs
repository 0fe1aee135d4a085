using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Tenancy;
using Ngp.Tenants.Setup;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration;

public abstract partial class PublicAddressTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : NgpFactory
{
    private const string HeadOfficeAddress = "https://participation.example.org";

    [GeneratedRegex("https?://[^\\s\"<>]+")]
    private static partial Regex Link();

    [SkippableFact]
    public async Task ResetMail_WithTheHeadOfficeAddress_LinksToItUnderThePrefixWhateverTheHostHeader()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        await SetAddressAsync(TenantDescriptor.HeadOfficeName, HeadOfficeAddress + "/");
        try
        {
            var client = agency.Client();
            client.DefaultRequestHeaders.Host = "attaquant.example";

            await Forms.SubmitAsync(client, "compte/mot-de-passe-oublie", new Dictionary<string, string> { ["Email"] = resident.Email });

            var links = Links(Assert.Single(Mailbox.WaitFor(agency, resident.Email)).TextBody);
            Assert.Contains(links, l => l.StartsWith($"{HeadOfficeAddress}/{agency.Tenant.UrlPrefix}/compte/reinitialiser?", StringComparison.Ordinal));
            Assert.DoesNotContain(links, l => l.Contains("attaquant", StringComparison.Ordinal) || l.Contains("localhost", StringComparison.Ordinal));
        }
        finally
        {
            await SetAddressAsync(TenantDescriptor.HeadOfficeName, null);
        }
    }

    [SkippableFact]
    public async Task AgencyAddress_SetForTheAgency_LeadsItsSitemapAndItsApiLinks()
    {
        var agency = await factory.CreateAgencyAsync();
        await SetAddressAsync(agency.Name, "https://grenoble.example.org");

        var sitemap = XDocument.Parse(await agency.Client().GetStringAsync("sitemap.xml"));
        var locations = sitemap.Descendants(XName.Get("loc", "http://www.sitemaps.org/schemas/sitemap/0.9")).Select(l => l.Value).ToList();
        var items = await agency.Client().GetStringAsync("api/v1/content?type=News");

        Assert.NotEmpty(locations);
        Assert.All(locations, l => Assert.StartsWith("https://grenoble.example.org/", l, StringComparison.Ordinal));
        Assert.Contains("\"url\":\"https://grenoble.example.org/actualites/", items, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task SetPublicAddress_NotAWebAddress_IsRefusedInFrenchAndChangesNothing()
    {
        var agency = await factory.CreateAgencyAsync();
        var setup = factory.Services.GetRequiredService<TenantSetup>();

        var refused = await setup.SetPublicAddressAsync(agency.Name, "javascript:alert(1)", CancellationToken.None);
        var withQuery = await setup.SetPublicAddressAsync(agency.Name, "https://grenoble.example.org/?a=1", CancellationToken.None);

        Assert.False(refused.IsOk);
        Assert.False(withQuery.IsOk);
        Assert.Contains("adresse web complète", refused.Message);
        Assert.Null(factory.Services.GetRequiredService<Ngp.Tenants.TenantRegistry>().Find(agency.Name)!.PublicAddress);
    }

    private async Task SetAddressAsync(string tenant, string? address)
    {
        var result = await factory.Services.GetRequiredService<TenantSetup>().SetPublicAddressAsync(tenant, address, CancellationToken.None);
        Assert.True(result.IsOk, result.Message);
    }

    private static List<string> Links(string? text) => Link().Matches(text ?? "").Select(m => m.Value).ToList();
}

public sealed class PublicAddressTestsOnSqlite(SqliteFactory factory) : PublicAddressTests<SqliteFactory>(factory);

public sealed class PublicAddressTestsOnPostgres(PostgresFactory factory) : PublicAddressTests<PostgresFactory>(factory);
