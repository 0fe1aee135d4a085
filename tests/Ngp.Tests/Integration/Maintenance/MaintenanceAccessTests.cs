using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Data;
using Ngp.Maintenance.Data;
using Ngp.Tests.Harness;
using static Ngp.Tests.Harness.MaintenanceHarness;

namespace Ngp.Tests.Integration.Maintenance;

/// <summary>
/// Who sees and changes what, on every route: the filer, a neighbour of the same building, a resident of another
/// building, an agent, an anonymous visitor and a resident of another agency.
/// </summary>
public abstract class MaintenanceAccessTests<TFactory> where TFactory : NgpFactory, new()
{
    private static async Task<List<long>> ListedAsync(HttpClient client, string query = "")
    {
        var response = await client.GetAsync(Requests + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await JsonAsync(response)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).ToList();
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.DoesNotContain("GC-", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Read_EachPerson_SeesOwnRequestsAndTheBuildingsCommonAreasWithoutWhoFiledThem()
    {
        await using var factory = new TFactory();
        var p = await PeopleAsync(factory);
        var dwelling = await FiledAsync(p.Filer.Api, Body(location: "dwelling", area: "salle de bain", category: "plomberie", description: "Le robinet de la baignoire fuit."));
        var common = await FiledAsync(p.Filer.Api, Body());
        var other = await FiledAsync(p.OtherBuilding.Api, Body(description: "La lumière du hall de B reste éteinte."));
        Assert.Equal(HttpStatusCode.Created, (await p.Filer.Api.PostAsJsonAsync($"{Requests}/{dwelling.Id}/messages", new { body = "Je suis là le matin." })).StatusCode);

        // Lists: the filer sees both of theirs, the neighbour only the common one, bât. B only its own, the agent all.
        Assert.Equal([common.Id, dwelling.Id], await ListedAsync(p.Filer.Api));
        Assert.Equal([common.Id], await ListedAsync(p.Neighbour));
        Assert.Equal([other.Id], await ListedAsync(p.OtherBuilding.Api));
        Assert.Equal([other.Id, common.Id, dwelling.Id], await ListedAsync(p.Agent));
        Assert.Equal([other.Id], await ListedAsync(p.Agent, "?building=" + Uri.EscapeDataString("Résidence Les Alpins, bât. B")));
        Assert.Equal([dwelling.Id], await ListedAsync(p.Agent, "?category=plomberie"));
        Assert.Equal([dwelling.Id], await ListedAsync(p.Filer.Api, "?status=received&category=plomberie"));
        // A resident's building filter cannot reach another building.
        Assert.Empty(await ListedAsync(p.Neighbour, "?building=" + Uri.EscapeDataString("Résidence Les Alpins, bât. B")));

        // The neighbour reads the common request, never who filed it, from which dwelling, nor their conversation.
        var seen = await p.Neighbour.GetStringAsync($"{Requests}/{common.Id}");
        var json = JsonDocument.Parse(seen).RootElement;
        Assert.False(json.GetProperty("mine").GetBoolean());
        Assert.False(json.TryGetProperty("resident", out _));
        Assert.False(json.TryGetProperty("leaseReference", out _));
        Assert.Equal(JsonValueKind.Null, json.GetProperty("messages").ValueKind);
        Assert.DoesNotContain(p.Filer.LeaseReference, seen, StringComparison.Ordinal);
        Assert.DoesNotContain(p.Filer.Email, seen, StringComparison.Ordinal);
        var listed = await p.Neighbour.GetStringAsync(Requests);
        Assert.DoesNotContain(p.Filer.LeaseReference, listed, StringComparison.Ordinal);
        Assert.DoesNotContain(p.Filer.Email, listed, StringComparison.Ordinal);

        // The agent sees who filed it and from which lease; the filer sees the conversation.
        var forAgent = await p.Agent.GetFromJsonAsync<JsonElement>($"{Requests}/{dwelling.Id}");
        Assert.Equal(p.Filer.LeaseReference, forAgent.GetProperty("leaseReference").GetString());
        Assert.Single(forAgent.GetProperty("messages").EnumerateArray());
        var forFiler = await p.Filer.Api.GetFromJsonAsync<JsonElement>($"{Requests}/{dwelling.Id}");
        Assert.Equal("Vous", Assert.Single(forFiler.GetProperty("messages").EnumerateArray()).GetProperty("author").GetString());

        // A dwelling request is the filer's and the agency's only; another building's request is not the neighbour's.
        foreach (var (client, id) in new[] { (p.Neighbour, dwelling.Id), (p.OtherBuilding.Api, dwelling.Id), (p.OtherBuilding.Api, common.Id), (p.Neighbour, other.Id) })
        {
            var refused = await client.GetAsync($"{Requests}/{id}");
            await Problems.ReadAsync(refused, HttpStatusCode.NotFound);
        }
        await Problems.ReadAsync(await p.Agent.GetAsync($"{Requests}/999999"), HttpStatusCode.NotFound);

        // Anonymous and another agency's resident get nothing, on every read route.
        foreach (var stranger in new[] { p.Anonymous, p.Stranger })
        {
            await AssertRefusedAsync(await stranger.GetAsync(Requests));
            await AssertRefusedAsync(await stranger.GetAsync($"{Requests}/{common.Id}"));
            await AssertRefusedAsync(await stranger.GetAsync("api/v1/maintenance/categories"));
        }
    }

    [SkippableFact]
    public async Task Write_EachPerson_OnlyThoseAllowedChangeTheRequest_AndRefusalsChangeNothing()
    {
        await using var factory = new TFactory();
        var p = await PeopleAsync(factory);
        var dwelling = await FiledAsync(p.Filer.Api, Body(location: "dwelling", area: null, category: "chauffage", description: "Le radiateur de la chambre reste froid."));
        var common = await FiledAsync(p.Filer.Api, Body());
        var message = new { body = "Une précision." };
        var reject = new { reason = "Relève du contrat d'entretien du chauffage." };

        // Messages: the filer and the agency only.
        await Problems.ReadAsync(await p.Neighbour.PostAsJsonAsync($"{Requests}/{dwelling.Id}/messages", message), HttpStatusCode.NotFound);
        await Problems.ReadAsync(await p.Neighbour.PostAsJsonAsync($"{Requests}/{common.Id}/messages", message), HttpStatusCode.Forbidden);
        await Problems.ReadAsync(await p.OtherBuilding.Api.PostAsJsonAsync($"{Requests}/{common.Id}/messages", message), HttpStatusCode.NotFound);
        // « Moi aussi »: a neighbour on a common area; not the filer, not another building, not staff, not a dwelling.
        await Problems.ReadAsync(await p.Filer.Api.PostAsJsonAsync($"{Requests}/{common.Id}/me-too", new { }), HttpStatusCode.UnprocessableEntity);
        await Problems.ReadAsync(await p.OtherBuilding.Api.PostAsJsonAsync($"{Requests}/{common.Id}/me-too", new { }), HttpStatusCode.NotFound);
        await Problems.ReadAsync(await p.Agent.PostAsJsonAsync($"{Requests}/{common.Id}/me-too", new { }), HttpStatusCode.Forbidden);
        await Problems.ReadAsync(await p.Neighbour.PostAsJsonAsync($"{Requests}/{dwelling.Id}/me-too", new { }), HttpStatusCode.NotFound);
        // Closing and rejecting: the agency only.
        await Problems.ReadAsync(await p.Filer.Api.PostAsJsonAsync($"{Requests}/{dwelling.Id}/close", new { }), HttpStatusCode.Forbidden);
        await Problems.ReadAsync(await p.Neighbour.PostAsJsonAsync($"{Requests}/{common.Id}/reject", reject), HttpStatusCode.Forbidden);
        await Problems.ReadAsync(await p.OtherBuilding.Api.PostAsJsonAsync($"{Requests}/{dwelling.Id}/close", new { }), HttpStatusCode.NotFound);
        foreach (var stranger in new[] { p.Anonymous, p.Stranger })
        {
            await AssertRefusedAsync(await stranger.PostAsJsonAsync(Requests, Body()));
            foreach (var action in new[] { "messages", "me-too", "close", "reject" })
                await AssertRefusedAsync(await stranger.PostAsJsonAsync($"{Requests}/{common.Id}/{action}", new { body = "x", reason = "Une raison.", comment = "x" }));
        }

        await agencyUnchangedAsync();

        // The agent answers (which takes the request), then closes it; a closed request does not move again.
        Assert.Equal(HttpStatusCode.Created, (await p.Agent.PostAsJsonAsync($"{Requests}/{dwelling.Id}/messages", new { body = "Un technicien passe jeudi." })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await p.Filer.Api.PostAsJsonAsync($"{Requests}/{dwelling.Id}/messages", message)).StatusCode);
        var closed = await p.Agent.PostAsJsonAsync($"{Requests}/{dwelling.Id}/close", new { note = "Radiateur purgé." });
        Assert.Equal("closed", (await JsonAsync(closed)).GetProperty("status").GetString());
        await Problems.ReadAsync(await p.Agent.PostAsJsonAsync($"{Requests}/{dwelling.Id}/reject", reject), HttpStatusCode.Conflict);
        var detail = await p.Filer.Api.GetFromJsonAsync<JsonElement>($"{Requests}/{dwelling.Id}");
        Assert.Equal(["Reçue", "Prise en charge", "Clôturée"], detail.GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("label").GetString()!).ToArray());
        Assert.Equal("L'agence", detail.GetProperty("messages")[0].GetProperty("author").GetString());
        Assert.Equal("Radiateur purgé.", detail.GetProperty("timeline")[2].GetProperty("note").GetString());
        var types = await p.Agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().OutboxMessages.Where(m => m.Type.StartsWith("Request")).OrderBy(m => m.Id).Select(m => m.Type).ToListAsync());
        Assert.Equal(["RequestFiled", "RequestFiled", "RequestTaken", "RequestAnswered", "RequestAnswered", "RequestClosed"], types);

        async Task agencyUnchangedAsync()
        {
            var (messages, meToos, events, statuses) = await p.Agency.InScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<NgpDbContext>();
                return (await db.Set<RequestMessage>().CountAsync(), await db.Set<RequestMeToo>().CountAsync(), await db.Set<RequestEvent>().CountAsync(),
                    await db.Set<MaintenanceRequest>().Select(r => r.Status).ToListAsync());
            });
            Assert.Equal(0, messages);
            Assert.Equal(0, meToos);
            Assert.Equal(2, events);
            Assert.All(statuses, s => Assert.Equal(RequestStatus.Received, s));
        }
    }

    [SkippableFact]
    public async Task MeToo_TwiceAndFiveAtOnce_CountedOncePerPerson()
    {
        await using var factory = new TFactory();
        var p = await PeopleAsync(factory);
        var common = await FiledAsync(p.Filer.Api, Body(area: "ascenseur", category: "ascenseur", description: "L'ascenseur est bloqué au 3e étage."));

        var first = await p.Neighbour.PostAsJsonAsync($"{Requests}/{common.Id}/me-too", new { comment = "Depuis ce matin pour moi aussi." });
        Assert.Equal(1, (await JsonAsync(first)).GetProperty("meToo").GetInt32());
        var again = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => p.Neighbour.PostAsJsonAsync($"{Requests}/{common.Id}/me-too", new { })));
        foreach (var response in again)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(1, (await JsonAsync(response)).GetProperty("meToo").GetInt32());
        }

        var forFiler = await p.Filer.Api.GetFromJsonAsync<JsonElement>($"{Requests}/{common.Id}");
        Assert.Equal(1, forFiler.GetProperty("meToo").GetInt32());
        var forNeighbour = await p.Neighbour.GetFromJsonAsync<JsonElement>($"{Requests}/{common.Id}");
        Assert.True(forNeighbour.GetProperty("meTooByMe").GetBoolean());
        Assert.False(forNeighbour.GetProperty("canMeToo").GetBoolean());
        Assert.Equal(1, await p.Agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Set<RequestMeToo>().CountAsync()));
    }

    [SkippableFact]
    public async Task Reject_WithoutReason_RefusedAndTheRequestStaysOpen_WithReason_TheResidentReadsIt()
    {
        await using var factory = new TFactory();
        var p = await PeopleAsync(factory);
        var request = await FiledAsync(p.Filer.Api, Body(location: "dwelling", area: null, category: "voisinage", description: "Mon voisin fait du bruit la nuit."));

        foreach (object? body in new object?[] { new { }, new { reason = "  " }, new { reason = "Non" } })
        {
            var refused = await Problems.ReadAsync(await p.Agent.PostAsJsonAsync($"{Requests}/{request.Id}/reject", body), HttpStatusCode.UnprocessableEntity);
            Assert.True(refused.GetProperty("errors").TryGetProperty("reason", out _));
        }
        Assert.Equal("received", (await p.Filer.Api.GetFromJsonAsync<JsonElement>($"{Requests}/{request.Id}")).GetProperty("status").GetString());

        var rejected = await p.Agent.PostAsJsonAsync($"{Requests}/{request.Id}/reject", new { reason = "Un trouble de voisinage se signale d'abord au gardien." });
        Assert.Equal("rejected", (await JsonAsync(rejected)).GetProperty("status").GetString());
        var detail = await p.Filer.Api.GetFromJsonAsync<JsonElement>($"{Requests}/{request.Id}");
        var last = detail.GetProperty("timeline").EnumerateArray().Last();
        Assert.Equal("Rejetée", last.GetProperty("label").GetString());
        Assert.Equal("Un trouble de voisinage se signale d'abord au gardien.", last.GetProperty("note").GetString());
        Assert.Equal(1, await p.Agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().OutboxMessages.CountAsync(m => m.Type == "RequestRejected")));
    }
}

public sealed class MaintenanceAccessTestsOnSqlite : MaintenanceAccessTests<SqliteFactory>;

public sealed class MaintenanceAccessTestsOnPostgres : MaintenanceAccessTests<PostgresFactory>;
