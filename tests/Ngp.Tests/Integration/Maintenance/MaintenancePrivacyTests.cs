using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Data;
using Ngp.Core.Outbox;
using Ngp.Maintenance.Data;
using Ngp.Tests.Harness;
using static Ngp.Tests.Harness.MaintenanceHarness;
using static Ngp.Tests.Harness.ParticipationHarness;

namespace Ngp.Tests.Integration.Maintenance;

/// <summary>A person's requests in their export and after their account's deletion; lateness as the clock moves.</summary>
public abstract class MaintenancePrivacyTests<TFactory> where TFactory : NgpFactory, INotificationFactory, new()
{
    [SkippableFact]
    public async Task DeleteAccount_AfterFilingWritingAndMeToo_RequestsStayAnonymisedAndNoRowNamesThePerson()
    {
        await using var factory = new TFactory();
        var p = await PeopleAsync(factory);
        var personId = await p.Agency.UserIdAsync(p.Filer.Email);
        var mine = await FiledAsync(p.Filer.Api, Body(location: "dwelling", area: "cuisine", category: "plomberie", description: "L'évier de la cuisine est bouché."));
        Assert.Equal(HttpStatusCode.Created, (await p.Filer.Api.PostAsJsonAsync($"{Requests}/{mine.Id}/messages", new { body = "Je suis absent le lundi." })).StatusCode);
        var neighbours = await FiledAsync(p.Neighbour, Body(description: "La porte du hall claque la nuit."));
        Assert.Equal(HttpStatusCode.OK, (await p.Filer.Api.PostAsJsonAsync($"{Requests}/{neighbours.Id}/me-too", new { comment = "Chez moi aussi." })).StatusCode);
        var browser = await BrowserAsync(p.Agency, p.Filer.Email, p.Filer.Password);

        var export = await (await browser.GetAsync("compte?handler=Export")).Content.ReadFromJsonAsync<JsonElement>();
        var section = export.GetProperty("maintenance");
        var request = Assert.Single(section.GetProperty("requests").EnumerateArray());
        Assert.Equal(mine.Reference, request.GetProperty("reference").GetString());
        Assert.Equal("L'évier de la cuisine est bouché.", request.GetProperty("description").GetString());
        Assert.Equal("Reçue", Assert.Single(request.GetProperty("timeline").EnumerateArray()).GetProperty("step").GetString());
        Assert.Equal("Je suis absent le lundi.", Assert.Single(section.GetProperty("messages").EnumerateArray()).GetProperty("body").GetString());
        Assert.Equal(neighbours.Reference, Assert.Single(section.GetProperty("meToo").EnumerateArray()).GetProperty("reference").GetString());

        var deleted = await Forms.SubmitAsync(browser, "compte", new Dictionary<string, string> { ["DeletePassword"] = p.Filer.Password }, handler: "Delete");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        await factory.Services.GetRequiredService<OutboxDispatcher>().DrainAsync(p.Agency.Tenant);

        // The agency keeps the request and its reference, with no account and no lease; the neighbour's count stays.
        var kept = await p.Agent.GetFromJsonAsync<JsonElement>($"{Requests}/{mine.Id}");
        Assert.Equal(mine.Reference, kept.GetProperty("reference").GetString());
        Assert.Equal("Compte supprimé", kept.GetProperty("resident").GetString());
        Assert.False(kept.TryGetProperty("leaseReference", out _));
        Assert.Equal("Je suis absent le lundi.", Assert.Single(kept.GetProperty("messages").EnumerateArray()).GetProperty("body").GetString());
        Assert.Equal(1, (await p.Neighbour.GetFromJsonAsync<JsonElement>($"{Requests}/{neighbours.Id}")).GetProperty("meToo").GetInt32());
        Assert.Empty(await p.Agency.InScopeAsync(sp => UserIdColumns.NamingAsync(sp.GetRequiredService<NgpDbContext>(), personId)));
        Assert.Null(await p.Agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Set<MaintenanceRequest>().Where(r => r.Id == mine.Id).Select(r => r.LeaseReference).SingleAsync()));
    }

    [SkippableFact]
    public async Task Late_PastTheUrgentDelay_ListedAsLate_AndClosingThenRecordsItWasLate()
    {
        await using var factory = new TFactory();
        var p = await PeopleAsync(factory);
        var urgent = await FiledAsync(p.Filer.Api, Body(location: "dwelling", area: null, category: "chauffage", urgency: "urgent", description: "Plus de chauffage ni d'eau chaude."));
        var normal = await FiledAsync(p.Filer.Api, Body(location: "dwelling", area: null, category: "electricite", description: "Une prise du salon ne marche plus."));

        // Access tokens last eight hours and the clock moves days ahead: the agent signs in again each time.
        Task<HttpClient> AgentAsync() => factory.TokenClientAsync(p.Agency.PathBase, "agent@ngp.local", NgpFactory.AdminPassword);
        async Task<List<long>> LateAsync() => (await (await AgentAsync()).GetFromJsonAsync<JsonElement>($"{Requests}?late=true")).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).ToList();

        Assert.Empty(await LateAsync());
        factory.Clock.Advance(TimeSpan.FromHours(23));
        Assert.Empty(await LateAsync());
        factory.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal([urgent.Id], await LateAsync());
        var filer = await factory.TokenClientAsync(p.Agency.PathBase, p.Filer.Email, p.Filer.Password);
        Assert.True((await filer.GetFromJsonAsync<JsonElement>($"{Requests}/{urgent.Id}")).GetProperty("late").GetBoolean());
        factory.Clock.Advance(TimeSpan.FromDays(8));
        Assert.Equal([normal.Id, urgent.Id], await LateAsync());

        Assert.Equal(HttpStatusCode.OK, (await (await AgentAsync()).PostAsJsonAsync($"{Requests}/{urgent.Id}/close", new { note = "Chaudière réparée." })).StatusCode);
        Assert.Equal([normal.Id], await LateAsync());
        var closed = await p.Agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().OutboxMessages.Where(m => m.Type == "RequestClosed").Select(m => m.Payload).SingleAsync());
        Assert.True(JsonDocument.Parse(closed).RootElement.GetProperty("late").GetBoolean());
    }
}

public sealed class MaintenancePrivacyTestsOnSqlite : MaintenancePrivacyTests<NotificationSqliteFactory>;

public sealed class MaintenancePrivacyTestsOnPostgres : MaintenancePrivacyTests<NotificationPostgresFactory>;
