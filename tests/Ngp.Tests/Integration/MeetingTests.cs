using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Data;
using Ngp.Core.Notifications;
using Ngp.Core.Outbox;
using Ngp.Meetings;
using Ngp.Meetings.Data;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration;

public abstract class MeetingCapacityTests<TFactory> where TFactory : NgpFactory, new()
{
    [SkippableFact]
    public async Task Registration_200AtOnceFor50Places_Registers50AndQueues150InArrivalOrder()
    {
        await using var factory = new TFactory();
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var meeting = await MeetingsApi.PublishMeetingAsync(admin, "Réunion très demandée", DateTimeOffset.UtcNow.AddDays(30), capacity: 50);
        var people = await MeetingsApi.CreatePeopleAsync(agency, 200);

        using var start = new SemaphoreSlim(0);
        var attempts = people.Select(async p =>
        {
            await start.WaitAsync();
            var response = await p.Api.PostAsync($"api/v1/meetings/{meeting}/registration", null);
            return (p.Email, response.StatusCode, Body: await response.Content.ReadFromJsonAsync<JsonElement>());
        }).ToList();
        start.Release(people.Count);
        var answers = await Task.WhenAll(attempts);

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        Assert.Equal(50, answers.Count(a => a.Body.GetProperty("status").GetString() == "registered"));
        Assert.Equal(150, answers.Count(a => a.Body.GetProperty("status").GetString() == "waiting"));
        var rows = await agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Set<MeetingRegistration>().Where(r => r.MeetingId == meeting).OrderBy(r => r.Id).ToListAsync());
        Assert.Equal(50, rows.Count(r => r.Status == RegistrationStatus.Registered));
        Assert.Equal(150, rows.Count(r => r.Status == RegistrationStatus.Waiting));
        var listed = await agency.Client().GetFromJsonAsync<JsonElement>("api/v1/meetings");
        var entry = listed.EnumerateArray().Single(m => m.GetProperty("id").GetString() == meeting);
        Assert.Equal(50, entry.GetProperty("registered").GetInt32());
        Assert.Equal(0, entry.GetProperty("placesLeft").GetInt32());
        Assert.Equal(150, entry.GetProperty("waiting").GetInt32());
        // Each waiting person was told a distinct place in the queue, in the order the database received them.
        var positions = answers.Where(a => a.Body.GetProperty("status").GetString() == "waiting")
            .Select(a => a.Body.GetProperty("waitingPosition").GetInt32()).Order().ToList();
        Assert.Equal(Enumerable.Range(1, 150), positions);

        // A place freed goes to the first of the waiting list, and to nobody else.
        var leaving = people.First(p => answers.Single(a => a.Email == p.Email).Body.GetProperty("status").GetString() == "registered");
        var firstWaiting = rows.First(r => r.Status == RegistrationStatus.Waiting);
        Assert.Equal(HttpStatusCode.NoContent, (await leaving.Api.DeleteAsync($"api/v1/meetings/{meeting}/registration")).StatusCode);
        var after = await agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Set<MeetingRegistration>().Where(r => r.MeetingId == meeting).ToListAsync());
        Assert.Equal(RegistrationStatus.Registered, after.Single(r => r.Id == firstWaiting.Id).Status);
        Assert.Equal(50, after.Count(r => r.Status == RegistrationStatus.Registered));
        Assert.Equal(149, after.Count(r => r.Status == RegistrationStatus.Waiting));
    }
}

public sealed class MeetingCapacityTestsOnSqlite : MeetingCapacityTests<SqliteFactory>;

public sealed class MeetingCapacityTestsOnPostgres : MeetingCapacityTests<PostgresFactory>;

public sealed class MeetingTests
{
    private static async Task<List<string>> EventsAsync(Agency agency, string type, string id) =>
        await agency.InScopeAsync(async sp => (await sp.GetRequiredService<NgpDbContext>().OutboxMessages.Where(m => m.Type == type).ToListAsync())
            .Where(m => m.Payload.Contains(id, StringComparison.Ordinal)).Select(m => m.Payload).ToList());

    [Fact]
    public async Task Register_Twice_KeepsOnePlace_AndCancelMovesTheWaitingListUp()
    {
        await using var factory = new SqliteFactory();
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var meeting = await MeetingsApi.PublishMeetingAsync(admin, "Une seule place", DateTimeOffset.UtcNow.AddDays(3), capacity: 1);
        var people = await MeetingsApi.CreatePeopleAsync(agency, 3);

        var first = await people[0].Api.PostAsync($"api/v1/meetings/{meeting}/registration", null);
        var again = await people[0].Api.PostAsync($"api/v1/meetings/{meeting}/registration", null);
        var second = await (await people[1].Api.PostAsync($"api/v1/meetings/{meeting}/registration", null)).Content.ReadFromJsonAsync<JsonElement>();
        var third = await (await people[2].Api.PostAsync($"api/v1/meetings/{meeting}/registration", null)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("registered", (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal("registered", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(1, second.GetProperty("waitingPosition").GetInt32());
        Assert.Equal(2, third.GetProperty("waitingPosition").GetInt32());

        Assert.Equal(HttpStatusCode.NoContent, (await people[0].Api.DeleteAsync($"api/v1/meetings/{meeting}/registration")).StatusCode);
        var promoted = await (await people[1].Api.PostAsync($"api/v1/meetings/{meeting}/registration", null)).Content.ReadFromJsonAsync<JsonElement>();
        var stillWaiting = await (await people[2].Api.PostAsync($"api/v1/meetings/{meeting}/registration", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("registered", promoted.GetProperty("status").GetString());
        Assert.Equal(1, stillWaiting.GetProperty("waitingPosition").GetInt32());
        Assert.Single(await EventsAsync(agency, nameof(RegistrationPromoted), meeting));
        var notRegistered = await people[0].Api.DeleteAsync($"api/v1/meetings/{meeting}/registration");
        Assert.Equal(HttpStatusCode.NotFound, notRegistered.StatusCode);
        Assert.Contains("pas inscrit", await notRegistered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_AfterTheStart_OrToAnUnpublishedMeeting_IsRefusedInFrench()
    {
        await using var factory = new ClockedFactory();
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var meeting = await MeetingsApi.PublishMeetingAsync(admin, "Bientôt", factory.Clock.GetUtcNow().AddHours(1));
        var draft = await admin.PostAsJsonAsync("api/v1/content", new { type = "Meeting", title = "Brouillon", parts = new { Summary = new { text = "x" } }, fields = new { Kind = "Atelier", Start = MeetingsApi.Paris(factory.Clock.GetUtcNow().AddDays(2)), End = MeetingsApi.Paris(factory.Clock.GetUtcNow().AddDays(2).AddHours(1)) } });
        var draftId = (await draft.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var person = (await MeetingsApi.CreatePeopleAsync(agency, 1))[0];

        var toDraft = await person.Api.PostAsync($"api/v1/meetings/{draftId}/registration", null);
        factory.Clock.Advance(TimeSpan.FromHours(2));
        var late = await person.Api.PostAsync($"api/v1/meetings/{meeting}/registration", null);

        Assert.Equal(HttpStatusCode.NotFound, toDraft.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, late.StatusCode);
        Assert.Contains("inscriptions sont closes", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Set<MeetingRegistration>().CountAsync()));
    }

    [Fact]
    public async Task Close_WithoutTheSynthesisFields_OrAnObjectionWithoutProposal_ChangesNothing()
    {
        await using var factory = new ClockedFactory();
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var meeting = await MeetingsApi.PublishMeetingAsync(admin, "À clore", factory.Clock.GetUtcNow().AddHours(1));

        var tooEarly = await admin.PostAsJsonAsync($"api/v1/meetings/{meeting}/close", MeetingsApi.Synthesis());
        factory.Clock.Advance(TimeSpan.FromHours(4));
        var empty = await admin.PostAsJsonAsync($"api/v1/meetings/{meeting}/close", new { summary = "", said = "", decisions = "" });
        var objectionAlone = await admin.PostAsJsonAsync($"api/v1/meetings/{meeting}/close", new
        {
            summary = "Résumé",
            said = "Dit",
            decisions = "Décidé",
            objections = new[] { new { objection = "Je ne suis pas d'accord.", proposal = "" } },
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooEarly.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        var emptyErrors = (await empty.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(emptyErrors.TryGetProperty("summary", out _));
        Assert.True(emptyErrors.TryGetProperty("said", out _));
        Assert.True(emptyErrors.TryGetProperty("decisions", out _));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, objectionAlone.StatusCode);
        // The same rule and words as a comment's objection (CommentTests).
        Assert.Equal([Ngp.Comments.ObjectionRule.Message], (await objectionAlone.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("Objections").EnumerateArray().Select(e => e.GetString()));
        var syntheses = await agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Set<Ngp.Contents.Items.ContentItemVersion>().CountAsync(v => v.ContentType == "Synthesis" && v.DisplayText.Contains("À clore")));
        Assert.Equal(0, syntheses);
        var entry = await agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Set<MeetingEntry>().SingleAsync(m => m.MeetingId == meeting));
        Assert.Null(entry.ClosedUtc);
    }

    [Fact]
    public async Task Close_WithASynthesis_RecordsAttendance_PublishesIt_AndAnnouncesItOnce()
    {
        await using var factory = new ClockedFactory();
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var meeting = await MeetingsApi.PublishMeetingAsync(admin, "Comité de mars", factory.Clock.GetUtcNow().AddHours(1), invitedEmails: "amicale@example.org");
        var people = await MeetingsApi.CreatePeopleAsync(agency, 2);
        foreach (var p in people)
            Assert.Equal(HttpStatusCode.Created, (await p.Api.PostAsync($"api/v1/meetings/{meeting}/registration", null)).StatusCode);
        var attendeeId = await agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Users.Where(u => u.Email == people[0].Email).Select(u => u.Id).SingleAsync());
        factory.Clock.Advance(TimeSpan.FromHours(3));

        var closed = await admin.PostAsJsonAsync($"api/v1/meetings/{meeting}/close", new
        {
            attendees = new[] { attendeeId },
            anonymousAttendees = 5,
            summary = "Le calendrier est validé.",
            said = "Les habitants ont parlé du bruit.",
            decisions = "- Démarrer à 8 h 30.",
            objections = new[] { new { objection = "Trop tôt le matin.", proposal = "Commencer à 8 h 30." } },
            nextSteps = new[] { new { action = "Envoyer le calendrier", owner = "Chargé d'opération", dueDate = "2027-01-15" } },
            publish = true,
        });
        var again = await admin.PostAsJsonAsync($"api/v1/meetings/{meeting}/close", MeetingsApi.Synthesis());
        await factory.Services.GetRequiredService<OutboxDispatcher>().DrainAsync(agency.Tenant);
        await factory.Services.GetRequiredService<OutboxDispatcher>().DrainAsync(agency.Tenant);

        Assert.Equal(HttpStatusCode.Created, closed.StatusCode);
        var receipt = await closed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Published", receipt.GetProperty("synthesisStatus").GetString());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var synthesis = await agency.Client().GetFromJsonAsync<JsonElement>($"api/v1/meetings/{meeting}/synthesis");
        Assert.Equal(receipt.GetProperty("synthesisId").GetString(), synthesis.GetProperty("id").GetString());
        Assert.Contains("**Proposition :** Commencer à 8 h 30.", synthesis.GetProperty("objections").GetString(), StringComparison.Ordinal);
        Assert.Equal(6, synthesis.GetProperty("attendance").GetInt32());
        Assert.Single(await EventsAsync(agency, nameof(MeetingClosed), meeting));
        Assert.Single(await EventsAsync(agency, nameof(SynthesisPublished), meeting));

        // Everyone the synthesis is for: those registered, those present, and the invited stakeholder without an account.
        var audience = await agency.InScopeAsync(sp => sp.GetServices<IAudienceSource>().Single(s => s.Kind == AudienceKinds.MeetingAttendees).ResolveAsync(meeting));
        Assert.Equal(2, audience.Count(m => m.UserId is not null));
        Assert.Contains(audience, m => m.Email == "amicale@example.org");

        var page = await agency.Client().GetStringAsync(synthesis.GetProperty("url").GetString());
        Assert.Contains("Comité de mars", page, StringComparison.Ordinal);
        Assert.Contains("Commencer à 8 h 30.", Forms.Text(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EndWatcher_RaisesMeetingEnded_OnceAfterTheEnd_EvenWithTwoWatchers()
    {
        await using var factory = new ClockedFactory();
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var meeting = await MeetingsApi.PublishMeetingAsync(admin, "Fin surveillée", factory.Clock.GetUtcNow().AddHours(1));
        var dispatcher = factory.Services.GetRequiredService<OutboxDispatcher>();
        await dispatcher.DrainAsync(agency.Tenant);
        var watcher = factory.Services.GetRequiredService<MeetingEndWatcher>();
        var other = ActivatorUtilities.CreateInstance<MeetingEndWatcher>(factory.Services);

        await watcher.RunOnceAsync(CancellationToken.None);
        var before = await EventsAsync(agency, nameof(MeetingEnded), meeting);
        factory.Clock.Advance(TimeSpan.FromHours(4));
        await Task.WhenAll(watcher.RunOnceAsync(CancellationToken.None), other.RunOnceAsync(CancellationToken.None));
        await watcher.RunOnceAsync(CancellationToken.None);

        Assert.Empty(before);
        Assert.Single(await EventsAsync(agency, nameof(MeetingEnded), meeting));
    }

    [Fact]
    public async Task Calendar_FilesParse_WithParisTimes()
    {
        await using var factory = new SqliteFactory();
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var start = new DateTimeOffset(DateTimeOffset.UtcNow.Date.AddDays(40).AddHours(17), TimeSpan.Zero);
        var parisHour = TimeZoneInfo.ConvertTime(start, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).Hour;
        var meeting = await MeetingsApi.PublishMeetingAsync(admin, "Réunion ; virgules, et « guillemets » — très long titre pour plier la ligne au-delà de 75 octets", start);
        await factory.Services.GetRequiredService<OutboxDispatcher>().DrainAsync(agency.Tenant);

        var single = await agency.Client().GetAsync($"reunions/{meeting}/evenement.ics");
        var feed = await agency.Client().GetStringAsync("reunions/calendrier.ics");
        var text = await single.Content.ReadAsStringAsync();

        Assert.Equal("text/calendar", single.Content.Headers.ContentType?.MediaType);
        Assert.All(text.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
        var calendar = Calendar.Load(text)!;
        var e = Assert.Single(calendar.Events);
        Assert.Equal("Réunion ; virgules, et « guillemets » — très long titre pour plier la ligne au-delà de 75 octets", e.Summary);
        Assert.Equal("Europe/Paris", e.DtStart!.TzId);
        Assert.Equal(parisHour, e.DtStart.Value.Hour);
        Assert.Equal(start.UtcDateTime, e.DtStart.AsUtc);
        Assert.Contains(Calendar.Load(feed)!.Events, x => x.Uid == $"{meeting}@{agency.Name}.ngp");
    }

    [Fact]
    public async Task Calendar_TitleAndPlaceWithMarkupAndLineBreaks_ArePlainEscapedText()
    {
        await using var factory = new SqliteFactory();
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var meeting = await MeetingsApi.PublishContentAsync(admin, new
        {
            type = "Meeting",
            title = "<b>Fête</b> des *voisins* ; <script>alert(1)</script>apéro, jardin",
            parts = new { Summary = new { text = "Apéro." } },
            fields = new { Kind = "Atelier", Start = MeetingsApi.Paris(DateTimeOffset.UtcNow.AddDays(20)), End = MeetingsApi.Paris(DateTimeOffset.UtcNow.AddDays(20).AddHours(2)), Place = "Salle <i>B</i> ; bât. 2, rez-de-chaussée" },
        });
        await factory.Services.GetRequiredService<OutboxDispatcher>().DrainAsync(agency.Tenant);
        // Line breaks cannot be typed in a title or a place any more; older rows may still hold them.
        await agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Set<MeetingEntry>().Where(m => m.MeetingId == meeting)
            .ExecuteUpdateAsync(u => u
                .SetProperty(m => m.Title, m => m.Title + "\r\nATTENDEE:mailto:pirate@exemple.fr")
                .SetProperty(m => m.Place, m => m.Place + "\nétage 1")));

        foreach (var text in new[] { await agency.Client().GetStringAsync($"reunions/{meeting}/evenement.ics"), await agency.Client().GetStringAsync("reunions/calendrier.ics") })
        {
            Assert.All(text.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
            var unfolded = text.Replace("\r\n ", "", StringComparison.Ordinal);
            Assert.Contains("SUMMARY:Fête des voisins \\; apéro\\, jardin ATTENDEE:mailto:pirate@exemple.fr\r\n", unfolded);
            Assert.Contains("LOCATION:Salle B \\; bât. 2\\, rez-de-chaussée étage 1\r\n", unfolded);
            Assert.DoesNotContain("<", unfolded);
            Assert.DoesNotContain("alert(1)", unfolded);
            var e = Assert.Single(Calendar.Load(text)!.Events, x => x.Uid == $"{meeting}@{agency.Name}.ngp");
            Assert.Equal("Fête des voisins ; apéro, jardin ATTENDEE:mailto:pirate@exemple.fr", e.Summary);
            Assert.Equal("Salle B ; bât. 2, rez-de-chaussée étage 1", e.Location);
            Assert.Empty(e.Attendees);
        }
    }

    [Fact]
    public async Task Meetings_OfAnotherAgency_RefuseItsResidentsAndStaff()
    {
        await using var factory = new SqliteFactory();
        var a = await factory.CreateAgencyAsync();
        var b = await factory.CreateAgencyAsync();
        var meeting = await MeetingsApi.PublishMeetingAsync(await b.AdminAsync(), "Chez B", DateTimeOffset.UtcNow.AddDays(5));
        var residentOfA = await a.CreateResidentAsync();
        var adminOfA = await a.AdminAsync();

        // A's tokens sent to B's addresses: B does not know them.
        var asResident = new HttpRequestMessage(HttpMethod.Post, $"{b.PathBase}/api/v1/meetings/{meeting}/registration");
        asResident.Headers.Authorization = residentOfA.Api.DefaultRequestHeaders.Authorization;
        var asAdmin = new HttpRequestMessage(HttpMethod.Post, $"{b.PathBase}/api/v1/meetings/{meeting}/close") { Content = JsonContent.Create(MeetingsApi.Synthesis()) };
        asAdmin.Headers.Authorization = adminOfA.DefaultRequestHeaders.Authorization;
        var bare = factory.ClientFor("");
        var registration = await bare.SendAsync(asResident);
        var close = await bare.SendAsync(asAdmin);

        Assert.Contains(registration.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
        Assert.Contains(close.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
        Assert.Equal(0, await b.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Set<MeetingRegistration>().CountAsync()));
    }

    [Fact]
    public async Task MeetingsPage_ListsTheDemoMeetings_AndTheSynthesisOfThePastOne()
    {
        await using var factory = new SqliteFactory();
        var agency = await factory.CreateAgencyAsync();
        await factory.Services.GetRequiredService<OutboxDispatcher>().DrainAsync(agency.Tenant);

        var list = Forms.Text(await agency.Client().GetStringAsync("reunions"));
        var meetingPage = await agency.Client().GetStringAsync("reunions/comite-de-residence-des-alpins-bilan-du-chantier");
        var syntheses = Forms.Text(await agency.Client().GetStringAsync("syntheses"));

        Assert.Contains("Réunion publique — cour de la Cité Jardin", list, StringComparison.Ordinal);
        Assert.Contains("Comité de résidence des Alpins", list, StringComparison.Ordinal);
        Assert.Contains("Lire la synthèse de cette réunion", meetingPage, StringComparison.Ordinal);
        Assert.Contains("Synthèse — Comité de résidence des Alpins, bilan du chantier", syntheses, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MeetingPage_RegistersAndCancels_WithPlainForms()
    {
        await using var factory = new SqliteFactory();
        var agency = await factory.CreateAgencyAsync();
        await factory.Services.GetRequiredService<OutboxDispatcher>().DrainAsync(agency.Tenant);
        var resident = await agency.CreateResidentAsync();
        var browser = agency.Client(followRedirects: true);
        await Forms.SubmitAsync(browser, "compte/connexion", new Dictionary<string, string> { ["Input.Email"] = resident.Email, ["Input.Password"] = resident.Password });
        const string page = "reunions/reunion-publique-cour-de-la-cite-jardin";

        async Task<string> PostAsync(string intent)
        {
            var html = await browser.GetStringAsync(page);
            var form = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("form[action$='reunions/inscription']")!;
            var fields = form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
            fields["intent"] = intent;
            var response = await browser.PostAsync("reunions/inscription", new FormUrlEncodedContent(fields));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return Forms.Text(await response.Content.ReadAsStringAsync());
        }

        var registered = await PostAsync("register");
        var cancelled = await PostAsync("cancel");

        Assert.Contains("Vous êtes inscrit à cette réunion.", registered, StringComparison.Ordinal);
        Assert.Contains("Places 60 places, 59 restantes", registered, StringComparison.Ordinal);
        Assert.DoesNotContain("Vous êtes inscrit", cancelled, StringComparison.Ordinal);
        Assert.Contains("M'inscrire", cancelled, StringComparison.Ordinal);
    }
}
