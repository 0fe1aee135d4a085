using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Ngp.Tests.Harness;
using static Ngp.Tests.Integration.ContentAdminSteps;

namespace Ngp.Tests.Integration;

/// <summary>Dates and numbers at the ends of their types: refused in French with the accepted range, nothing saved.</summary>
public abstract class InputRangeTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : NgpFactory
{
    [SkippableFact]
    public async Task MeetingList_FromTheEndsOfTheCalendar_IsRefusedWithTheAcceptedRange()
    {
        var agency = await factory.CreateAgencyAsync();

        foreach (var (query, field) in new[] { ("from=9999-12-31&to=2027-01-01", "from"), ("from=0001-01-01&to=0001-01-02", "from"), ("from=2027-01-01&to=9999-12-31T23:59:59Z", "to") })
        {
            var problem = await Problems.ReadAsync(await agency.Client().GetAsync($"api/v1/meetings?{query}"), HttpStatusCode.UnprocessableEntity);

            Assert.Equal($"« {field} » doit être une date entre le 01/01/1900 et le 31/12/2200.", problem.GetProperty("title").GetString());
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), query);
        }
    }

    [SkippableFact]
    public async Task Meeting_WithACapacityOf1e308_IsRefusedWithTheRangeAndNotSaved()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        const string meeting = """
            {"type":"Meeting","title":"Réunion démesurée","parts":{"Summary":{"text":"Trop de places."}},
             "fields":{"Kind":"Atelier","Start":"2027-03-01T18:00","End":"2027-03-01T20:00","Capacity":1e308}}
            """;

        var problem = await Problems.ReadAsync(await admin.PostAsync("api/v1/content", new StringContent(meeting, Encoding.UTF8, "application/json")), HttpStatusCode.UnprocessableEntity);

        var capacity = problem.GetProperty("errors").GetProperty("fields.Capacity")[0].GetString();
        Assert.StartsWith("« Nombre de places » doit être un nombre entre 1 et 10", capacity);
        Assert.DoesNotContain("Réunion démesurée", await Drafts.TitlesAsync(admin, "Meeting"));
    }

    [SkippableFact]
    public async Task Schedule_InTheYear9999_IsRefusedAndTheItemStaysADraft()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var id = (await NewsApi.CreateAsync(admin, "Publication lointaine")).GetProperty("id").GetString()!;

        var problem = await Problems.ReadAsync(await admin.PostAsJsonAsync($"api/v1/content/{id}/publish", new { publishAtUtc = "9999-12-31T08:00:00Z" }), HttpStatusCode.UnprocessableEntity);

        Assert.StartsWith("La date de publication programmée est au plus deux ans à l'avance", problem.GetProperty("title").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("publishAtUtc", out _));
        Assert.Equal("Draft", (await admin.GetFromJsonAsync<JsonElement>($"api/v1/content/{id}")).GetProperty("status").GetString());
    }

    [SkippableFact]
    public async Task AdminEditor_ScheduledInTheYear9999_ShowsTheRuleBesideTheDateAndSavesNothing()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await SignedInAsync(agency, NgpFactory.AdminEmail);
        var fields = NewsForm("Programmée trop loin");
        fields["parts.PublishLater"] = "9999-12-31T08:00";

        var response = await Forms.SubmitAsync(admin, "admin/contenus/nouveau/News", fields.With("schedule"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.StartsWith("La date de publication programmée est au plus deux ans à l'avance", ErrorBeside(html, "parts.PublishLater"));
        Assert.DoesNotContain(Rows(await admin.GetStringAsync("admin/contenus")), r => r[0] == "Programmée trop loin");
    }
}

public sealed class InputRangeTestsOnSqlite(SqliteFactory factory) : InputRangeTests<SqliteFactory>(factory);

public sealed class InputRangeTestsOnPostgres(PostgresFactory factory) : InputRangeTests<PostgresFactory>(factory);
