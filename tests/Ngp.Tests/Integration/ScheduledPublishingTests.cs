using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Contents.Publishing;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration;

public sealed class ScheduledPublishingTests
{
    private static object News(string title) => new { type = "News", title, parts = new { Summary = new { text = "Programmé." } } };

    private static async Task<string> ScheduleAsync(HttpClient admin, string title, DateTimeOffset at)
    {
        var created = await admin.PostAsJsonAsync("api/v1/content", News(title));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var scheduled = await admin.PostAsJsonAsync($"api/v1/content/{id}/publish", new { publishAtUtc = at });
        Assert.Equal("Scheduled", (await scheduled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        return id;
    }

    [Fact]
    public async Task ScheduledItem_StaysHidden_UntilItsTime_ThenIsPublishedOnce()
    {
        await using var factory = new ClockedFactory();
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var id = await ScheduleAsync(admin, "Publication programmée", factory.Clock.GetUtcNow().AddHours(1));
        var publisher = factory.Services.GetRequiredService<ScheduledPublisher>();

        await publisher.RunOnceAsync(CancellationToken.None);
        var before = await agency.Client().GetAsync($"api/v1/content/{id}");
        factory.Clock.Advance(TimeSpan.FromMinutes(61));
        var first = await publisher.RunOnceAsync(CancellationToken.None);
        var second = await publisher.RunOnceAsync(CancellationToken.None);
        var after = await agency.Client().GetFromJsonAsync<JsonElement>($"api/v1/content/{id}");

        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        // The background timer may have published it first when the clock moved: either way, exactly once.
        Assert.True(first <= 1);
        Assert.Equal(0, second);
        Assert.Equal("Published", after.GetProperty("status").GetString());
        var published = await agency.InScopeAsync(async sp =>
            (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(sp.GetRequiredService<Ngp.Core.Data.NgpDbContext>().OutboxMessages))
            .Count(m => m.Type == "ContentPublished" && m.Payload.Contains(id, StringComparison.Ordinal)));
        Assert.Equal(1, published);
    }

    [Fact]
    public async Task DueItem_PickedByFourPassesAtOnce_IsPublishedOnce()
    {
        await using var factory = new ClockedFactory();
        var agency = await factory.CreateAgencyAsync();
        var id = await ScheduleAsync(await agency.AdminAsync(), "Quatre passages, une publication", factory.Clock.GetUtcNow().AddHours(1));
        var publisher = factory.Services.GetRequiredService<ScheduledPublisher>();

        factory.Clock.Advance(TimeSpan.FromMinutes(61));
        // As four web nodes' timers would, all at the same moment.
        var passes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => publisher.RunOnceAsync(agency.Tenant, CancellationToken.None))));

        Assert.True(passes.Sum() <= 1);
        var published = await agency.InScopeAsync(async sp =>
            (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(sp.GetRequiredService<Ngp.Core.Data.NgpDbContext>().OutboxMessages))
            .Count(m => m.Type == "ContentPublished" && m.Payload.Contains(id, StringComparison.Ordinal)));
        Assert.Equal(1, published);
    }

    [Fact]
    public async Task ScheduledItem_WhoseTimePassedWhileTheSiteWasDown_IsPublishedAtStart()
    {
        string id;
        string dataPath;
        Agency agency;
        var first = new ClockedFactory { KeepData = true };
        await using (first)
        {
            agency = await first.CreateAgencyAsync();
            id = await ScheduleAsync(await agency.AdminAsync(), "Pendant la panne", first.Clock.GetUtcNow().AddHours(2));
            dataPath = first.DataPath;
        }

        await using var second = new ClockedFactory { DataPath = dataPath };
        second.Clock.Advance(TimeSpan.FromHours(3));
        var client = second.ClientFor(agency.PathBase);
        var status = HttpStatusCode.NotFound;
        for (var i = 0; i < 50 && status != HttpStatusCode.OK; i++)
        {
            status = (await client.GetAsync($"api/v1/content/{id}")).StatusCode;
            if (status != HttpStatusCode.OK)
                await Task.Delay(100);
        }

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task Schedule_InThePast_IsRefused()
    {
        await using var factory = new ClockedFactory();
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var created = await admin.PostAsJsonAsync("api/v1/content", News("Trop tard"));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var response = await admin.PostAsJsonAsync($"api/v1/content/{id}/publish", new { publishAtUtc = factory.Clock.GetUtcNow().AddMinutes(-5) });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("dans le futur", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }
}
