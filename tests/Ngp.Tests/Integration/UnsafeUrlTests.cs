using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Contents.Items;
using Ngp.Core.Data;
using Ngp.Core.Outbox;
using Ngp.Meetings.Data;
using Ngp.Tests.Harness;
using static Ngp.Tests.Integration.ContentAdminSteps;

namespace Ngp.Tests.Integration;

/// <summary>Addresses editors give are web pages (or mailboxes): refused otherwise at save, and never a clickable script when stored before.</summary>
public abstract class UnsafeUrlTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : NgpFactory
{
    private const string OnlineLinkRefusal = "« Lien de la réunion en ligne » doit être une adresse web (https://…) ou e-mail (mailto:…).";

    private static string Meeting(string title, string onlineLink) => $$$"""
        {"type":"Meeting","title":"{{{title}}}","parts":{"Summary":{"text":"En visio."}},
         "fields":{"Kind":"Atelier","Start":"2027-03-01T18:00","End":"2027-03-01T20:00","OnlineLink":{{{onlineLink}}}}}
        """;

    [SkippableFact]
    public async Task Meeting_WithAJavascriptOnlineLink_IsRefusedInEveryShapeAndNotSaved()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();

        foreach (var shape in new[] { "\"javascript:alert(1)\"", "{\"url\":\" JavaScript:alert(1)\"}", "{\"value\":{\"url\":\"javascript:alert(1)\",\"text\":\"Visio\"}}" })
        {
            var response = await admin.PostAsync("api/v1/content", new StringContent(Meeting("Visio piégée", shape), Encoding.UTF8, "application/json"));

            var problem = await Problems.ReadAsync(response, HttpStatusCode.UnprocessableEntity);
            Assert.Equal(OnlineLinkRefusal, problem.GetProperty("errors").GetProperty("fields.OnlineLink")[0].GetString());
        }
        Assert.DoesNotContain("Visio piégée", await Drafts.TitlesAsync(admin, "Meeting"));
    }

    [SkippableFact]
    public async Task AdminEditor_JavascriptOnlineLink_IsRefusedBesideTheAddress()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await SignedInAsync(agency, NgpFactory.AdminEmail);
        var fields = new Dictionary<string, string>
        {
            ["parts.Title"] = "Visio piégée",
            ["parts.Summary"] = "En visio.",
            ["fields.Kind"] = "Atelier",
            ["fields.Start"] = "2027-03-01T18:00",
            ["fields.End"] = "2027-03-01T20:00",
            ["fields.OnlineLink.url"] = "javascript:alert(1)",
        };

        var html = await (await Forms.SubmitAsync(admin, "admin/contenus/nouveau/Meeting", fields.With("save"))).Content.ReadAsStringAsync();

        Assert.Equal(OnlineLinkRefusal, ErrorBeside(html, "fields.OnlineLink.url"));
        Assert.DoesNotContain(Rows(await admin.GetStringAsync("admin/contenus")), r => r[0] == "Visio piégée");
    }

    [SkippableFact]
    public async Task GoodPractice_WithAnAttachmentThatIsNotAWebAddressOrAnImage_IsRefused()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var id = await SearchHarness.CreateGoodPracticeAsync(admin, "Fiche avec pièces jointes", shared: false, publish: false);

        var response = await admin.PutAsJsonAsync($"api/v1/content/{id}", new
        {
            fields = new { Attachments = new { value = "https://exemple.org/guide.pdf\nmedia/2026/11/plan.jpg\njavascript:alert(1)" } },
        });

        var problem = await Problems.ReadAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("« Pièces jointes » : « javascript:alert(1) » n'est ni une adresse web (https://…) ni une image du site (media/…).",
            problem.GetProperty("errors").GetProperty("fields.Attachments")[0].GetString());
    }

    [SkippableFact]
    public async Task StoredUnsafeLinks_FromOlderData_AreNeverClickable()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var practice = await SearchHarness.CreateGoodPracticeAsync(admin, "Fiche ancienne", shared: false);
        await factory.Services.GetRequiredService<OutboxDispatcher>().DrainAsync(agency.Tenant);
        await agency.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<NgpDbContext>();
            await TamperAsync(db, "demo-meeting-2", fields => fields["OnlineLink"] = new JsonObject { ["value"] = new JsonObject { ["url"] = "javascript:alert(1)", ["text"] = "Visio" } });
            await TamperAsync(db, practice, fields =>
            {
                fields["Attachments"] = new JsonObject { ["value"] = "javascript:alert(1)\ndata:text/html,<script>alert(1)</script>\nhttps://exemple.org/guide.pdf" };
                fields["ContactEmail"] = new JsonObject { ["value"] = "javascript:alert(1)" };
            });
            await db.Set<MeetingEntry>().Where(m => m.MeetingId == "demo-meeting-2").ExecuteUpdateAsync(s => s.SetProperty(m => m.OnlineUrl, "javascript:alert(1)"));
            return await db.SaveChangesAsync();
        });
        var visitor = agency.Client();

        var meetingPage = await visitor.GetStringAsync(await PageOfAsync(admin, "demo-meeting-2"));
        var practicePage = await visitor.GetStringAsync(await PageOfAsync(admin, practice));
        var listed = await visitor.GetFromJsonAsync<JsonElement>("api/v1/meetings?from=2026-01-01&to=2027-01-31");

        Hostile.AssertInert(meetingPage, "réunion");
        Hostile.AssertInert(practicePage, "bonne pratique");
        Assert.Contains("href=\"https://exemple.org/guide.pdf\"", practicePage);
        Assert.All(listed.EnumerateArray(), m => Assert.Equal(JsonValueKind.Null, m.GetProperty("onlineUrl").ValueKind));
    }

    private static async Task TamperAsync(NgpDbContext db, string id, Action<JsonObject> change)
    {
        var version = await db.Set<ContentItemVersion>().SingleAsync(v => v.ContentItemId == id && v.Published);
        var data = JsonNode.Parse(version.Data)!.AsObject();
        change(data["fields"]!.AsObject());
        version.Data = data.ToJsonString();
    }

    private static async Task<string> PageOfAsync(HttpClient admin, string id)
    {
        var url = (await admin.GetFromJsonAsync<JsonElement>($"api/v1/content/{id}")).GetProperty("url").GetString()!;
        return new Uri(url).PathAndQuery.TrimStart('/').Split('/', 2)[1];
    }
}

public sealed class UnsafeUrlTestsOnSqlite(SqliteFactory factory) : UnsafeUrlTests<SqliteFactory>(factory);

public sealed class UnsafeUrlTestsOnPostgres(PostgresFactory factory) : UnsafeUrlTests<PostgresFactory>(factory);
