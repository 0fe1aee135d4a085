using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Notifications.Sending;
using Ngp.Tenants.Data;
using Ngp.Tests.Harness;
using Ngp.Workflows.Engine;

namespace Ngp.Tests.Integration;

/// <summary>
/// Two web nodes (two sites in one process, each with its own data folder) on one PostgreSQL server: the data-protection
/// key ring lives in the host database with no setting, so whatever one node signs or encrypts, the other reads.
/// </summary>
public sealed class SharedKeyRingTestsOnPostgres
{
    /// <summary>A browser behind a load balancer: one cookie jar, requests sent to either node.</summary>
    private static HttpClient Browser(NgpFactory node, Agency agency, CookieContainer cookies) =>
        node.CreateDefaultClient(new Uri("http://localhost" + agency.PathBase + "/"), new CookieContainerHandler(cookies));

    [SkippableFact]
    public async Task SignInFormOfNodeA_PostedToNodeB_SignsIn_AndNodeAReadsNodeBsCookie()
    {
        await using var nodeA = new PostgresNode();
        var agency = await nodeA.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        var (nodeB, agencyOnB) = WebNodes.SecondNode(nodeA, agency);
        await using var _ = nodeB;
        var cookies = new CookieContainer();

        // The antiforgery cookie and token come from node A; node B checks them and answers with the session cookie.
        var token = await Forms.AntiforgeryTokenAsync(Browser(nodeA, agency, cookies), "compte/connexion");
        var signIn = await Browser(nodeB, agencyOnB, cookies).PostAsync("compte/connexion", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = resident.Email,
            ["Input.Password"] = resident.Password,
            [Forms.TokenField] = token,
        }));
        var account = await Browser(nodeA, agency, cookies).GetAsync("compte");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.DoesNotContain("connexion", signIn.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        Assert.Contains(resident.Email, await account.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(nodeA.DataPath, "keys")), "no key may be left on a node's disk");
        Assert.False(Directory.Exists(Path.Combine(nodeB.DataPath, "keys")), "no key may be left on a node's disk");
    }

    [SkippableFact]
    public async Task TokenAndLinksMadeOnNodeA_AreAcceptedByNodeB()
    {
        await using var nodeA = new PostgresNode();
        var agency = await nodeA.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        var (nodeB, agencyOnB) = WebNodes.SecondNode(nodeA, agency);
        await using var _ = nodeB;
        var userId = await agency.UserIdAsync(resident.Email);
        var unsubscribe = await agency.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<UnsubscribeLinks>().UrlFor(userId, null)));
        var signal = await agency.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<WorkflowSignals>().RelativeUrl("signal", "projet-7")));

        var me = await WithBearer(agencyOnB.Client(), resident.Api).GetAsync("api/v1/me");
        var unsubscribePage = await agencyOnB.Client().GetAsync(new Uri(unsubscribe).PathAndQuery[(agency.PathBase.Length + 1)..]);
        var signalled = await agencyOnB.Client().GetAsync(signal);

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal(resident.Email, (await me.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("email").GetString());
        Assert.Equal(HttpStatusCode.OK, unsubscribePage.StatusCode);
        Assert.Contains("Me désabonner", await unsubscribePage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Accepted, signalled.StatusCode);
    }

    [SkippableFact]
    public async Task KeyRotation_OldTokenAndLinkStillAccepted_OnBothNodes_AndNewOnesToo()
    {
        await using var nodeA = new PostgresNode();
        var agency = await nodeA.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        var (nodeB, agencyOnB) = WebNodes.SecondNode(nodeA, agency);
        await using var _ = nodeB;
        var userId = await agency.UserIdAsync(resident.Email);
        var oldLink = await agency.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<UnsubscribeLinks>().UrlFor(userId, null)));

        // Node B rotates the ring: a new default key, the old one kept to read what it protected.
        var now = DateTimeOffset.UtcNow;
        nodeB.Services.GetRequiredService<IKeyManager>().CreateNewKey(now.AddSeconds(-1), now.AddDays(90));
        var newToken = await nodeA.TokenClientAsync(agency.PathBase, resident.Email, resident.Password);

        Assert.Equal(2, await KeyCountAsync(nodeA));
        foreach (var node in new[] { agency, agencyOnB })
        {
            Assert.Equal(HttpStatusCode.OK, (await WithBearer(node.Client(), resident.Api).GetAsync("api/v1/me")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await WithBearer(node.Client(), newToken).GetAsync("api/v1/me")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await node.Client().GetAsync(new Uri(oldLink).PathAndQuery[(agency.PathBase.Length + 1)..])).StatusCode);
        }
    }

    [SkippableFact]
    public async Task KeysInTheHostDatabase_WithACertificate_AreStoredEncrypted()
    {
        var folder = Path.Combine(Path.GetTempPath(), "ngp-keyring-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        try
        {
            var pfx = Path.Combine(folder, "keys.pfx");
            using (var rsa = RSA.Create(2048))
            {
                var request = new CertificateRequest("CN=ngp-test-keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
                using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
                await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "Mot-De-Passe-Du-Certificat"));
            }
            await using var nodeA = new PostgresNode();
            nodeA.BuildSettings["Ngp:DataProtection:CertificatePath"] = pfx;
            nodeA.BuildSettings["Ngp:DataProtection:CertificatePassword"] = "Mot-De-Passe-Du-Certificat";
            var agency = await nodeA.CreateAgencyAsync();
            var resident = await agency.CreateResidentAsync();
            var (nodeB, agencyOnB) = WebNodes.SecondNode(nodeA, agency);
            await using var _ = nodeB;

            var me = await WithBearer(agencyOnB.Client(), resident.Api).GetAsync("api/v1/me");

            Assert.Equal(HttpStatusCode.OK, me.StatusCode);
            var keys = await KeysAsync(nodeA);
            Assert.NotEmpty(keys);
            Assert.All(keys, xml =>
            {
                Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
                Assert.Contains("<EncryptedData", xml, StringComparison.Ordinal);
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static HttpClient WithBearer(HttpClient client, HttpClient tokenHolder)
    {
        client.DefaultRequestHeaders.Authorization = tokenHolder.DefaultRequestHeaders.Authorization;
        return client;
    }

    private static async Task<List<string>> KeysAsync(NgpFactory node)
    {
        await using var scope = node.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PostgresHostDbContext>().DataProtectionKeys.Select(k => k.Xml!).ToListAsync();
    }

    private static async Task<int> KeyCountAsync(NgpFactory node) => (await KeysAsync(node)).Count;
}
