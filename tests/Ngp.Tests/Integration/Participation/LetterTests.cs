using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Accounts;
using Ngp.Core.Data;
using Ngp.Participation.Data;
using Ngp.Users.Leases;
using Ngp.Tests.Harness;
using static Ngp.Tests.Harness.ParticipationHarness;

namespace Ngp.Tests.Integration.Participation;

/// <summary>Letters to households (one PDF page each, a single-use code in a QR code), and answers by letter or at the desk.</summary>
public abstract partial class LetterTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : NgpFactory
{
    public const string BuildingB = "Résidence Les Alpins, bât. B";

    private static readonly object[] Kitchen =
    [
        new { id = "finition", text = "Finition de la cuisine", kind = "single", options = new[] { new { id = "chene", text = "Chêne clair" }, new { id = "blanc", text = "Blanc mat" } } },
    ];

    [SkippableFact]
    public async Task LeaseImport_WithAddressColumns_KeepsTheAddressAndOldFilesStillImport()
    {
        var agency = await factory.CreateAgencyAsync();

        var withAddress = await ImportAsync(agency, "leaseReference,building,postcode,street,city,dwelling\nADR-1,Le Moulin,38100,12 rue des Alpes,Grenoble,Esc. B 3e étage porte 12\n");
        var oldFile = await ImportAsync(agency, "leaseReference,building,postcode\nADR-1,Le Moulin,38100\nADR-2,Le Moulin,38100\n");
        var unknownColumn = await ImportAsync(agency, "leaseReference,building,postcode,phone\nADR-3,Le Moulin,38100,0600000000\n");

        Assert.Equal((1, 0, 0), withAddress);
        Assert.Equal((1, 0, 0), oldFile);
        Assert.Null(unknownColumn);
        var lease = await agency.InScopeAsync(sp => sp.GetRequiredService<IUserDirectory>().FindLeaseAsync("adr-1"));
        Assert.Equal(new LeaseAddress("ADR-1", "Le Moulin", "38100", "12 rue des Alpes", "Grenoble", "Esc. B 3e étage porte 12"), lease);
        var admin = await BrowserAsync(agency, NgpFactory.AdminEmail, NgpFactory.AdminPassword);
        Assert.Contains("Esc. B 3e étage porte 12, 12 rue des Alpes, Grenoble", Forms.Text(await admin.GetStringAsync("admin/baux?q=ADR-1")));
    }

    [SkippableFact]
    public async Task LeaseAddress_OfAResident_IsInTheirDataExport()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        await ImportAsync(agency, $"leaseReference,building,postcode,street,city\n{resident.LeaseReference},\"Résidence Les Alpins, bât. A\",38000,3 place Verdun,Grenoble\n");

        var browser = await BrowserAsync(agency, resident.Email, resident.Password);
        var export = await (await browser.GetAsync("compte?handler=Export")).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("3 place Verdun", export.GetProperty("lease").GetProperty("street").GetString());
        Assert.Equal("Grenoble", export.GetProperty("lease").GetProperty("city").GetString());
    }

    [SkippableFact]
    public async Task LettersPdf_ForABuilding_HasOnePagePerLeaseWithItsAddressTextAndAQrCodeToItsOwnCode()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        await ImportAsync(agency, $"leaseReference,building,postcode,street,city,dwelling\nDEMO-0003,\"{BuildingB}\",38000,5 avenue des Alpins,Grenoble,Porte 31\n");
        var consultation = await PublishConsultationAsync(admin, kind: "dwelling", closes: DateTimeOffset.UtcNow.AddDays(20), questions: Kitchen, title: "Choix de la cuisine");

        var response = await admin.GetAsync($"api/v1/consultations/{consultation}/letters.pdf?buildings={Uri.EscapeDataString(BuildingB)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = PrintedPdf.Read(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(2, pdf.Pages.Count);
        var page = pdf.Pages.Single(p => p.Text.Contains("DEMO-0003", StringComparison.Ordinal));
        Assert.Contains("Porte 31", page.Text);
        Assert.Contains("5 avenue des Alpins", page.Text);
        Assert.Contains("38000 Grenoble", page.Text);
        Assert.Contains("Choix de la cuisine", page.Text);
        Assert.Contains("Finition de la cuisine Réponses possibles : Chêne clair ; Blanc mat.", page.Text);
        Assert.Contains("À l'accueil de votre agence", page.Text);
        Assert.Contains("Par téléphone", page.Text);
        Assert.Contains("Répondez avant le", page.Text);
        // The whole letter holds above its QR code, with a full address: no line of it is cut for the note.
        Assert.DoesNotContain("La suite est sur la page en ligne", page.Text);
        Assert.Contains("\u00A0:", page.RawText);
        var code = PrintedCode(page);
        Assert.EndsWith("/participation/courrier/" + code, Assert.Single(page.QrCodes));
        var other = pdf.Pages.Single(p => p != page);
        Assert.Contains("DEMO-0004", other.Text);
        Assert.NotEqual(code, PrintedCode(other));
        Assert.DoesNotContain(pdf.Pages, p => p.Text.Contains("DEMO-0001", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task LetterCode_AnswersOnceWithoutAnAccountForItsLeaseAndConsultationOnly()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var consultation = await PublishConsultationAsync(admin, kind: "dwelling", results: "live", questions: Kitchen);
        var otherConsultation = await PublishConsultationAsync(admin, kind: "dwelling", results: "live", questions: Kitchen);
        var codes = await LetterCodesAsync(admin, consultation, BuildingB);
        var household = agency.Client();

        var form = await household.GetAsync($"participation/courrier/{codes["DEMO-0003"]}");
        var answer = await AnswerAsync(household, codes["DEMO-0003"], "blanc");
        var again = await AnswerAsync(agency.Client(), codes["DEMO-0003"], "chene", expectForm: false);

        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("Finition de la cuisine", Forms.Text(await form.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("Votre réponse est enregistrée", Forms.Text(await answer.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Contains("Ce code a déjà servi", Forms.Text(await again.Content.ReadAsStringAsync()));
        var votes = await VotesAsync(agency);
        var vote = Assert.Single(votes);
        Assert.Equal((consultation, "DEMO-0003", "blanc", VoteChannels.Letter), (vote.ContentItemId, vote.LeaseReference, vote.OptionIds, vote.Channel));
        Assert.DoesNotContain(votes, v => v.ContentItemId == otherConsultation);
        // The code answered; it signed nobody in.
        Assert.Equal(HttpStatusCode.Unauthorized, (await VoteAsync(household, otherConsultation, "finition", "chene")).StatusCode);
        // The household's account cannot answer again online; the neighbours' code and accounts still answer.
        var elsewhere = await agency.CreateResidentAsync();
        var sameHousehold = await agency.CreateResidentAsync();
        Assert.Equal("DEMO-0003", sameHousehold.LeaseReference);
        Assert.Equal(HttpStatusCode.Conflict, (await VoteAsync(sameHousehold.Api, consultation, "finition", "chene")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await AnswerAsync(agency.Client(), codes["DEMO-0004"], "chene")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await VoteAsync(elsewhere.Api, consultation, "finition", "chene")).StatusCode);
    }

    [SkippableFact]
    public async Task LetterCode_Unknown_GetsAFrenchNotFoundPage()
    {
        var agency = await factory.CreateAgencyAsync();

        var response = await agency.Client().GetAsync("participation/courrier/7KQ2M9XD4TRB");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Ce code de courrier n'existe pas", Forms.Text(await response.Content.ReadAsStringAsync()));
    }

    [SkippableFact]
    public async Task DeskAnswer_RecordedByStaff_IsFlaggedInResultsAndExportAndNeverTwiceForALease()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var consultation = await PublishConsultationAsync(admin, kind: "dwelling", results: "live", questions: Kitchen);
        var resident = await agency.CreateResidentAsync();
        var codes = await LetterCodesAsync(admin, consultation, "Résidence Les Alpins, bât. A");

        var recorded = await DeskAnswerAsync(admin, consultation, resident.LeaseReference.ToLowerInvariant(), "chene");
        var twice = await DeskAnswerAsync(admin, consultation, resident.LeaseReference, "blanc");
        var online = await VoteAsync(resident.Api, consultation, "finition", "blanc");
        var byLetter = await AnswerAsync(agency.Client(), codes[resident.LeaseReference], "blanc");
        var byResident = await DeskAnswerAsync(resident.Api, consultation, "DEMO-0001", "blanc");
        var unknownLease = await DeskAnswerAsync(admin, consultation, "NOPE-1", "blanc");

        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains("déjà répondu", await ProblemTitleAsync(twice));
        Assert.Equal(HttpStatusCode.Conflict, online.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, byLetter.StatusCode);
        Assert.Contains("déjà répondu", Forms.Text(await byLetter.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Forbidden, byResident.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownLease.StatusCode);
        var vote = Assert.Single(await VotesAsync(agency));
        Assert.Equal(("chene", VoteChannels.Desk), (vote.OptionIds, vote.Channel));

        var results = await JsonAsync(await agency.Client().GetAsync($"api/v1/consultations/{consultation}/results"));
        Assert.Equal(1, results.GetProperty("questions")[0].GetProperty("atDesk").GetInt32());
        var page = Forms.Text(await agency.Client().GetStringAsync($"participation/resultats/{consultation}"));
        Assert.Contains("Dont 0 par courrier (code du courrier) et 1 par courrier / à l'accueil", page);
        Assert.DoesNotContain(resident.LeaseReference, page);
        var csv = (await admin.GetStringAsync($"api/v1/consultations/{consultation}/results.csv")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith($",{resident.LeaseReference},Finition de la cuisine,Chêne clair,{vote.UpdatedUtc.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'},desk", csv[1]);
    }

    [SkippableFact]
    public async Task AnswerByLetter_OnAVote_IsCountedAsByLetterInTheResultsAndTheExport()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var consultation = await PublishConsultationAsync(admin, results: "live");
        var codes = await LetterCodesAsync(admin, consultation, BuildingB);

        var answer = await Forms.SubmitAsync(agency.Client(), $"participation/courrier/{codes["DEMO-0004"]}", new Dictionary<string, string> { ["code"] = codes["DEMO-0004"], ["q-q"] = "b" });

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var results = await JsonAsync(await agency.Client().GetAsync($"api/v1/consultations/{consultation}/results"));
        Assert.Equal(1, results.GetProperty("questions")[0].GetProperty("byLetter").GetInt32());
        var csv = (await admin.GetStringAsync($"api/v1/consultations/{consultation}/results.csv")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Quelle couleur pour la façade ?,Gris,1,100.0,,1", csv[2]);
    }

    [SkippableFact]
    public async Task Letters_OfAnotherAgency_AreNeitherPrintedNorAnswered()
    {
        var agencyA = await factory.CreateAgencyAsync();
        var agencyB = await factory.CreateAgencyAsync();
        var adminA = await agencyA.AdminAsync();
        var consultation = await PublishConsultationAsync(adminA, kind: "dwelling", questions: Kitchen);
        var codes = await LetterCodesAsync(adminA, consultation, BuildingB);
        var resident = await agencyA.CreateResidentAsync();

        var printedByB = await (await agencyB.AdminAsync()).GetAsync($"api/v1/consultations/{consultation}/letters.pdf?buildings={Uri.EscapeDataString(BuildingB)}");
        var codeAtB = await agencyB.Client().GetAsync($"participation/courrier/{codes["DEMO-0003"]}");
        var deskAtB = await DeskAnswerAsync(await agencyB.AdminAsync(), consultation, "DEMO-0003", "chene");
        var printedByResident = await resident.Api.GetAsync($"api/v1/consultations/{consultation}/letters.pdf?buildings={Uri.EscapeDataString(BuildingB)}");
        var noBuilding = await adminA.GetAsync($"api/v1/consultations/{consultation}/letters.pdf?buildings=");

        Assert.Equal(HttpStatusCode.NotFound, printedByB.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, codeAtB.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, deskAtB.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, printedByResident.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noBuilding.StatusCode);
        Assert.Contains("Choisissez au moins un immeuble", await ProblemTitleAsync(noBuilding));
        Assert.Empty(await VotesAsync(agencyA));
    }

    public static async Task<(int, int, int)?> ImportAsync(Agency agency, string csv) =>
        await agency.InScopeAsync(async sp =>
        {
            var result = await sp.GetRequiredService<LeaseImport>().ImportCsvAsync(csv, CancellationToken.None);
            return result.IsOk ? (result.Value.Imported, result.Value.Updated, result.Value.Refused.Count) : ((int, int, int)?)null;
        });

    /// <summary>Prints the letters of a building and reads each lease's code back from its page.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> LetterCodesAsync(HttpClient admin, string consultation, string building)
    {
        var response = await admin.GetAsync($"api/v1/consultations/{consultation}/letters.pdf?buildings={Uri.EscapeDataString(building)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return PrintedPdf.Read(await response.Content.ReadAsByteArrayAsync()).Pages
            .ToDictionary(p => Reference().Match(p.Text).Groups[1].Value, PrintedCode);
    }

    public static string PrintedCode(PrintedPage page) => Code().Match(page.Text).Groups[1].Value.Replace("-", "", StringComparison.Ordinal);

    public static async Task<HttpResponseMessage> AnswerAsync(HttpClient household, string code, string option, bool expectForm = true)
    {
        if (!expectForm)
        {
            // A used code shows no form any more: post as a kept page would, with the token of the page that typed codes.
            var token = await Forms.AntiforgeryTokenAsync(household, "participation/courrier");
            return await household.PostAsync($"participation/courrier/{code}", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                [Forms.TokenField] = token, ["code"] = code, ["q-finition"] = option,
            }));
        }
        return await Forms.SubmitAsync(household, $"participation/courrier/{code}", new Dictionary<string, string> { ["code"] = code, ["q-finition"] = option });
    }

    public static Task<HttpResponseMessage> DeskAnswerAsync(HttpClient staff, string consultation, string leaseReference, string option) =>
        staff.PostAsJsonAsync($"api/v1/consultations/{consultation}/answers",
            new { leaseReference, answers = new[] { new { questionId = "finition", optionIds = new[] { option } } } });

    private static Task<List<Vote>> VotesAsync(Agency agency) =>
        agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Set<Vote>().AsNoTracking().ToListAsync());

    [GeneratedRegex(@"Référence du bail : (\S+)")]
    private static partial Regex Reference();

    [GeneratedRegex(@"Votre code personnel : ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})")]
    private static partial Regex Code();
}

public sealed class LetterTestsOnSqlite(SqliteFactory factory) : LetterTests<SqliteFactory>(factory);

public sealed class LetterTestsOnPostgres(PostgresFactory factory) : LetterTests<PostgresFactory>(factory);

/// <summary>A letter's code against a clock the test moves.</summary>
public sealed class LetterCodeClockTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    [Fact]
    public async Task LetterCode_AfterItsLifetime_IsRefusedWithAFrenchPageAndAnswersNothing()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var consultation = await PublishConsultationAsync(admin, kind: "dwelling", questions:
        [
            new { id = "finition", text = "Finition de la cuisine", kind = "single", options = new[] { new { id = "chene", text = "Chêne clair" }, new { id = "blanc", text = "Blanc mat" } } },
        ]);
        var codes = await LetterTests<SqliteFactory>.LetterCodesAsync(admin, consultation, LetterTests<SqliteFactory>.BuildingB);
        var household = agency.Client();
        var token = await Forms.AntiforgeryTokenAsync(household, $"participation/courrier/{codes["DEMO-0003"]}");

        factory.Clock.Advance(TimeSpan.FromDays(60) + TimeSpan.FromMinutes(1));
        var page = await household.GetAsync($"participation/courrier/{codes["DEMO-0003"]}");
        var post = await household.PostAsync($"participation/courrier/{codes["DEMO-0003"]}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [Forms.TokenField] = token, ["code"] = codes["DEMO-0003"], ["q-finition"] = "chene",
        }));

        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Contains("Ce code a expiré le", Forms.Text(await page.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Gone, post.StatusCode);
        Assert.Equal(0, await agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Set<Vote>().CountAsync()));
    }
}
