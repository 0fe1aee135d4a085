using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Data;
using Ngp.Core.Web;
using Ngp.Maintenance.Data;
using Ngp.Tests.Harness;
using static Ngp.Tests.Harness.MaintenanceHarness;

namespace Ngp.Tests.Integration.Maintenance;

/// <summary>Filing a request: its reference, its numbering under load, what bad input leaves behind.</summary>
public abstract class MaintenanceRequestTests<TFactory> where TFactory : NgpFactory, new()
{
    private static string Year => ParisTime.ToParis(DateTimeOffset.UtcNow).Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Task<int> CountAsync<T>(Agency agency) where T : class =>
        agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Set<T>().CountAsync());

    [SkippableFact]
    public async Task File_CommonAreaRequest_Returns201WithReferenceAndATimelineThatStartsReceived()
    {
        await using var factory = new TFactory();
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();

        var response = await FileAsync(resident.Api, Body(urgency: "urgent"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var filed = await JsonAsync(response);
        Assert.Equal($"GC-{Year}-00001", filed.GetProperty("reference").GetString());
        Assert.Equal("received", filed.GetProperty("status").GetString());
        var id = filed.GetProperty("id").GetInt64();
        var detail = await resident.Api.GetFromJsonAsync<JsonElement>($"{Requests}/{id}");
        Assert.Equal("Résidence Les Alpins, bât. A", detail.GetProperty("building").GetString());
        Assert.Equal("Hall d'entrée", detail.GetProperty("areaLabel").GetString());
        Assert.Equal("La porte du hall ne ferme plus depuis hier soir.", detail.GetProperty("description").GetString());
        var step = Assert.Single(detail.GetProperty("timeline").EnumerateArray());
        Assert.Equal("Reçue", step.GetProperty("label").GetString());
        // Urgent: due 24 hours after filing (the agency's setting from its recipe).
        var due = detail.GetProperty("dueUtc").GetDateTimeOffset() - detail.GetProperty("createdUtc").GetDateTimeOffset();
        Assert.Equal(TimeSpan.FromHours(24), due);
        var events = await agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().OutboxMessages.Where(m => m.Type == "RequestFiled").Select(m => m.Payload).ToListAsync());
        Assert.Contains(filed.GetProperty("reference").GetString()!, Assert.Single(events), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task File_50AtOnce_NumbersFollowEachOtherWithoutGapOrDuplicate()
    {
        await using var factory = new TFactory();
        var agency = await factory.CreateAgencyAsync();
        var residents = new List<Resident>();
        for (var i = 0; i < 10; i++)
            residents.Add(await agency.CreateResidentAsync());

        using var start = new SemaphoreSlim(0);
        var filings = residents.SelectMany(r => Enumerable.Range(0, 5).Select(async n =>
        {
            await start.WaitAsync();
            return await FileAsync(r.Api, Body(location: "dwelling", area: null, category: "plomberie", description: $"Fuite sous l'évier, demande {n}."));
        })).ToList();
        start.Release(filings.Count);
        var responses = await Task.WhenAll(filings);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var references = new List<string>();
        foreach (var response in responses)
            references.Add((await JsonAsync(response)).GetProperty("reference").GetString()!);
        Assert.Equal(Enumerable.Range(1, 50).Select(n => $"GC-{Year}-{n:00000}"), references.Order(StringComparer.Ordinal));
        Assert.Equal(50, await CountAsync<MaintenanceRequest>(agency));
        Assert.Equal(50, await agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Set<RequestCounter>().Select(c => c.Last).SingleAsync()));
    }

    [SkippableFact]
    public async Task File_BadInput_RefusedInFrenchAndNothingStored()
    {
        await using var factory = new TFactory();
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        var agent = await factory.TokenClientAsync(agency.PathBase, "agent@ngp.local", NgpFactory.AdminPassword);

        var bad = new (object Body, string Field)[]
        {
            (Body(category: "piscine"), "category"),
            (Body(description: "Cassé."), "description"),
            (Body(description: new string('a', 4001)), "description"),
            (Body(location: "garage"), "location"),
            (Body(area: null), "area"),
            (Body(area: "toit"), "area"),
            (Body(urgency: "demain"), "urgency"),
            (new { category = "plomberie" }, "description"),
        };
        foreach (var (body, field) in bad)
        {
            var problem = await Problems.ReadAsync(await FileAsync(resident.Api, body), HttpStatusCode.UnprocessableEntity);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), $"{field}: {problem}");
            Assert.True(Problems.IsFrench(messages[0].GetString()));
        }
        var control = await FileAsync(resident.Api, Body(description: "La porte\u0001 du hall est cassée."));
        Assert.Equal(HttpStatusCode.BadRequest, control.StatusCode);
        Assert.True(Problems.IsFrench((await JsonAsync(control)).GetProperty("title").GetString()));
        var notJson = await resident.Api.PostAsync(Requests, new StringContent("{", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        // Staff have no lease: they answer requests, they do not file them.
        await Problems.ReadAsync(await FileAsync(agent, Body()), HttpStatusCode.Forbidden);

        Assert.Equal(0, await CountAsync<MaintenanceRequest>(agency));
        Assert.Equal(0, await CountAsync<RequestEvent>(agency));
        Assert.Equal(0, await CountAsync<RequestCounter>(agency));
        // Nothing was numbered either: the first request accepted is number 1.
        Assert.Equal($"GC-{Year}-00001", (await FiledAsync(resident.Api, Body())).Reference);
    }

    [SkippableFact]
    public async Task Categories_SignedIn_ListsTheAgencyRecipeCategoriesAndAreas()
    {
        await using var factory = new TFactory();
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, (await agency.Client().GetAsync("api/v1/maintenance/categories")).StatusCode);
        var settings = await resident.Api.GetFromJsonAsync<JsonElement>("api/v1/maintenance/categories");

        var categories = settings.GetProperty("categories").EnumerateArray().Select(c => c.GetProperty("label").GetString()).ToList();
        Assert.Equal(["Plomberie", "Chauffage", "Électricité", "Ascenseur", "Parties communes", "Espaces extérieurs", "Nuisibles", "Voisinage", "Autre"], categories);
        Assert.Contains(settings.GetProperty("commonAreas").EnumerateArray(), a => a.GetProperty("key").GetString() == "hall");
        Assert.Equal(24, settings.GetProperty("urgentDelayHours").GetInt32());
        Assert.Equal(8, settings.GetProperty("normalDelayDays").GetInt32());
    }
}

public sealed class MaintenanceRequestTestsOnSqlite : MaintenanceRequestTests<SqliteFactory>;

public sealed class MaintenanceRequestTestsOnPostgres : MaintenanceRequestTests<PostgresFactory>;
