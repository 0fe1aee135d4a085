using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ngp.Core.Web;
using Ngp.Tests.Harness;
using Ngp.Tests.Integration.Participation;
using static Ngp.Tests.Harness.ParticipationHarness;

namespace Ngp.Tests.Integration;

/// <summary>A meeting's letters to households without internet: one page per lease, its text read back, its QR code decoded.</summary>
public abstract class MeetingLetterTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : NgpFactory
{
    private const string BuildingB = LetterTests<SqliteFactory>.BuildingB;

    private static string LettersUrl(string meeting, string building) => $"api/v1/meetings/{meeting}/letters.pdf?buildings={Uri.EscapeDataString(building)}";

    [SkippableFact]
    public async Task MeetingLetters_ForABuilding_HaveAPagePerLeaseWithDatePlaceHowToRegisterAndAQrCodeToTheMeeting()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        await LetterTests<TFactory>.ImportAsync(agency, $"leaseReference,building,postcode,street,city,dwelling\nDEMO-0003,\"{BuildingB}\",38000,5 avenue des Alpins,Grenoble,Porte 31\n");
        // The widest date a letter prints (a Wednesday of September, two-digit day): it still leaves room for the agenda.
        var september = new DateTimeOffset(DateTimeOffset.UtcNow.Year + 1, 9, 20, 16, 30, 0, TimeSpan.Zero);
        var start = september.AddDays(((int)DayOfWeek.Wednesday - (int)september.DayOfWeek + 7) % 7);
        var meeting = await MeetingsApi.PublishMeetingAsync(admin, "Réunion sur les cuisines des Alpins", start, capacity: 30);
        var shortUrl = (await agency.Client().GetFromJsonAsync<JsonElement>($"api/v1/content/{meeting}")).GetProperty("shortUrl").GetString()!;

        var response = await admin.GetAsync(LettersUrl(meeting, BuildingB));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = PrintedPdf.Read(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(2, pdf.Pages.Count);
        var page = pdf.Pages.Single(p => p.Text.Contains("Référence du bail : DEMO-0003", StringComparison.Ordinal));
        Assert.Contains("Référence du bail : DEMO-0004", pdf.Pages.Single(p => p != page).Text);
        Assert.Contains("Porte 31", page.Text);
        Assert.Contains("5 avenue des Alpins", page.Text);
        Assert.Contains("38000 Grenoble", page.Text);
        Assert.Contains("Réunion sur les cuisines des Alpins", page.Text);
        var when = ParisTime.Span(start, start.AddHours(2), ParisTime.French).Replace('\u202F', ' ').Replace('\u00A0', ' ');
        Assert.Contains("Quand : " + when, page.Text);
        Assert.Contains("Où : Salle commune", page.Text);
        Assert.Contains("Ordre du jour", page.Text);
        Assert.DoesNotContain("La suite est sur la page en ligne", page.Text);
        Assert.Contains("Comment vous inscrire, même sans internet", page.Text);
        Assert.Contains("Atelier : votre agence vous invite.", page.Text);
        Assert.Contains("Sans internet : à l'accueil de votre agence ou par téléphone", page.Text);
        Assert.Contains("Les places sont limitées (30)", page.Text);
        Assert.Contains("\u00A0:", page.RawText);
        Assert.All(pdf.Pages, p => Assert.Equal([shortUrl], p.QrCodes));
        Assert.Contains(shortUrl.Replace("http://", "", StringComparison.Ordinal), page.Text);
        Assert.DoesNotContain(pdf.Pages, p => p.Text.Contains("DEMO-0001", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task MeetingLetters_OnTheOrganisersPage_AreATickOfBuildingsAndAButton()
    {
        var agency = await factory.CreateAgencyAsync();
        var meeting = await MeetingsApi.PublishMeetingAsync(await agency.AdminAsync(), "Réunion des Glycines", DateTimeOffset.UtcNow.AddDays(5));
        var staff = await BrowserAsync(agency, NgpFactory.AdminEmail, NgpFactory.AdminPassword);

        var html = await staff.GetStringAsync($"admin/reunions/{meeting}");
        var contentPage = await staff.GetStringAsync($"admin/contenus/{meeting}");

        Assert.Contains($"action=\"/{agency.Name}/api/v1/meetings/{meeting}/letters.pdf\"", html);
        Assert.Contains("Télécharger les courriers (PDF)", html);
        Assert.Contains($"value=\"{BuildingB}\"", System.Net.WebUtility.HtmlDecode(html));
        Assert.Contains($"admin/reunions/{meeting}#courriers", contentPage);
        Assert.Contains("Imprimer les courriers", contentPage);
    }

    [SkippableFact]
    public async Task MeetingLetters_ForAResidentAStrangerAnotherAgencyAnUnknownBuildingOrAPastMeeting_AreRefusedInFrench()
    {
        var agency = await factory.CreateAgencyAsync();
        var other = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var meeting = await MeetingsApi.PublishMeetingAsync(admin, "Réunion des Coteaux", DateTimeOffset.UtcNow.AddDays(5));
        var resident = await agency.CreateResidentAsync();

        var anonymous = await agency.Client().GetAsync(LettersUrl(meeting, BuildingB));
        var byResident = await resident.Api.GetAsync(LettersUrl(meeting, BuildingB));
        var byOtherAgency = await (await other.AdminAsync()).GetAsync(LettersUrl(meeting, BuildingB));
        var unknownBuilding = await admin.GetAsync(LettersUrl(meeting, "Tour Inconnue"));
        var noBuilding = await admin.GetAsync($"api/v1/meetings/{meeting}/letters.pdf");
        var notAMeeting = await admin.GetAsync(LettersUrl(await PublishConsultationAsync(admin), BuildingB));
        var past = await admin.GetAsync(LettersUrl(await MeetingsApi.PublishMeetingAsync(admin, "Réunion d'hier", DateTimeOffset.UtcNow.AddDays(-1)), BuildingB));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byResident.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byOtherAgency.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownBuilding.StatusCode);
        Assert.Contains("Immeuble inconnu dans la liste des baux : Tour Inconnue", await ProblemTitleAsync(unknownBuilding));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noBuilding.StatusCode);
        Assert.Contains("Choisissez au moins un immeuble", await ProblemTitleAsync(noBuilding));
        Assert.Equal(HttpStatusCode.NotFound, notAMeeting.StatusCode);
        Assert.Contains("Cette réunion n'existe pas", await ProblemTitleAsync(notAMeeting));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, past.StatusCode);
        Assert.Contains("Cette réunion a déjà eu lieu", await ProblemTitleAsync(past));
    }
}

public sealed class MeetingLetterTestsOnSqlite(SqliteFactory factory) : MeetingLetterTests<SqliteFactory>(factory);

public sealed class MeetingLetterTestsOnPostgres(PostgresFactory factory) : MeetingLetterTests<PostgresFactory>(factory);
