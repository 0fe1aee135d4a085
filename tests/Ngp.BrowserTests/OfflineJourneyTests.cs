using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Ngp.BrowserTests.Infrastructure;
using Ngp.Tests.Harness;
using static Microsoft.Playwright.Assertions;
using static Ngp.BrowserTests.Infrastructure.KeyboardSteps;

namespace Ngp.BrowserTests;

/// <summary>
/// Issue 23's « done when »: staff, keyboard only, print a meeting's hall posters for three buildings and the letters
/// of a dwelling choice for one building; a household of that building opens its letter's QR code on a phone, chooses
/// without an account, and the results show the choice as made by letter.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class OfflineJourneyTests(BrowserFixture browser)
{
    private const string EditorEmail = "redaction@ngp.local";
    private const string Meeting = "Réunion publique : les cuisines des Alpins";
    private const string Choice = "Choisissez la finition de votre cuisine";
    private const string BuildingA = "Résidence Les Alpins, bât. A";
    private const string BuildingB = "Résidence Les Alpins, bât. B";
    private static readonly string[] PosterBuildings = ["Le Belvédère", "Les Glycines", BuildingB];

    [Fact]
    public async Task Staff_PrintsPostersAndLettersWithTheKeyboard_AHouseholdAnswersItsLetterOnAPhone_TheResultsSayByLetter()
    {
        var agency = await browser.Site.CreateAgencyAsync();
        var meeting = await PublishMeetingAsync(agency);
        var choice = await PublishDwellingChoiceAsync(agency);

        await using var staff = await browser.NewVisitorAsync();
        var page = await staff.NewPageAsync();
        await LogInAsync(page, agency, EditorEmail, agency.AdminPassword);

        // The meeting's poster, a page per hall.
        await page.GotoAsync(agency.Url($"admin/contenus/{meeting}"));
        await PressAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Imprimer l'affiche" }), "Enter");
        await Expect(AccountSteps.MainHeading(page)).ToHaveTextAsync("Imprimer l'affiche");
        foreach (var building in PosterBuildings)
        {
            var box = page.GetByRole(AriaRole.Checkbox, new() { Name = building, Exact = true });
            await PressAsync(page, box, " ");
            await Expect(box).ToBeCheckedAsync();
        }
        var poster = await DownloadAsync(page, "Télécharger l'affiche (PDF)");
        Assert.Equal(PosterBuildings.Length, poster.Pages.Count);
        var shortUrl = (await browser.Site.AgencyApiAsync(agency, NgpSite.AdminEmail, agency.AdminPassword, HttpMethod.Get, $"api/v1/content/{meeting}"))
            .GetProperty("shortUrl").GetString();
        for (var i = 0; i < PosterBuildings.Length; i++)
        {
            Assert.Contains(PosterBuildings[i], poster.Pages[i].Text);
            Assert.Contains(Meeting, poster.Pages[i].Text);
            Assert.Contains("Salle polyvalente des Alpins", poster.Pages[i].Text);
            Assert.Equal(shortUrl, Assert.Single(poster.Pages[i].QrCodes));
        }

        // The dwelling choice's letters, from its results page: the choice's two buildings come ticked, staff untick A.
        await page.GotoAsync(agency.Url($"participation/resultats/{choice}"));
        await PressAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Courriers et réponses reçues par courrier ou à l'accueil" }), "Enter");
        await Expect(AccountSteps.MainHeading(page)).ToContainTextAsync("Courriers et réponses hors ligne");
        await AxeChecks.AssertNoWcagViolationsAsync(page);
        var buildingA = page.GetByRole(AriaRole.Checkbox, new() { Name = BuildingA, Exact = true });
        await Expect(buildingA).ToBeCheckedAsync();
        await PressAsync(page, buildingA, " ");
        await Expect(buildingA).Not.ToBeCheckedAsync();
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = BuildingB, Exact = true })).ToBeCheckedAsync();
        var letters = await DownloadAsync(page, "Télécharger les courriers (PDF)");

        // Building B holds DEMO-0003 and DEMO-0004: a letter each, with its own code in its QR code.
        Assert.Equal(2, letters.Pages.Count);
        Assert.Equal(["DEMO-0003", "DEMO-0004"], letters.Pages.Select(p => Reference().Match(p.Text).Groups[1].Value).Order());
        var letter = letters.Pages.Single(p => p.Text.Contains("DEMO-0003", StringComparison.Ordinal));
        Assert.Contains(Choice, letter.Text);
        Assert.Contains("Quelle finition pour votre cuisine ? Réponses possibles : Chêne clair ; Blanc mat ; Vert sauge.", letter.Text);
        Assert.Contains("À l'accueil de votre agence", letter.Text);
        Assert.Contains("Par téléphone", letter.Text);
        var code = PrintedCode().Match(letter.Text).Groups[1].Value.Replace("-", "", StringComparison.Ordinal);
        var qr = new Uri(Assert.Single(letter.QrCodes));
        Assert.Equal($"/{agency.Name}/participation/courrier/{code}", qr.AbsolutePath);
        Assert.DoesNotContain(letters.Pages, p => p.Text.Contains("DEMO-0001", StringComparison.Ordinal));

        // The household, on a phone, without an account: the QR code's address on this site.
        await using var household = await browser.NewVisitorAsync(width: BrowserFixture.PhoneWidth);
        var phone = await household.NewPageAsync();
        var opened = await phone.GotoAsync(new Uri(browser.Site.BaseAddress, qr.PathAndQuery.TrimStart('/')).ToString());
        Assert.Equal(200, opened?.Status);
        await Expect(AccountSteps.MainHeading(phone)).ToHaveTextAsync(Choice);
        await Expect(phone.GetByRole(AriaRole.Main)).ToContainTextAsync(BuildingB);
        await Expect(phone.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" })).ToHaveCountAsync(0);
        await AxeChecks.AssertNoWcagViolationsAsync(phone);
        await phone.GetByLabel("Blanc mat").CheckAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Envoyer ma réponse" }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Status)).ToContainTextAsync("Votre réponse est enregistrée. Merci !");
        await AxeChecks.AssertNoWcagViolationsAsync(phone);

        await phone.GetByRole(AriaRole.Link, new() { Name = "Voir les résultats" }).ClickAsync();
        await Expect(AccountSteps.MainHeading(phone)).ToContainTextAsync(Choice);
        await Expect(phone.GetByRole(AriaRole.Main)).ToContainTextAsync("Dont 1 par courrier (code du courrier) et 0 par courrier / à l'accueil");
        var blanc = phone.GetByRole(AriaRole.Row).Filter(new() { Has = phone.GetByRole(AriaRole.Rowheader, new() { Name = "Blanc mat" }) });
        await Expect(blanc.GetByRole(AriaRole.Cell)).ToHaveTextAsync(["1", "100 %", "1"]);
        await Expect(phone.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("DEMO-0003");
        await AxeChecks.AssertNoWcagViolationsAsync(phone);

        // The code served once: opened again, it says so and offers no form.
        await phone.GotoAsync(new Uri(browser.Site.BaseAddress, qr.PathAndQuery.TrimStart('/')).ToString());
        await Expect(phone.GetByRole(AriaRole.Main)).ToContainTextAsync("Ce code a déjà servi");
        await Expect(phone.GetByRole(AriaRole.Button, new() { Name = "Envoyer ma réponse" })).ToHaveCountAsync(0);
    }

    private async Task<string> PublishMeetingAsync(TestAgency agency)
    {
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        string Local(DateTimeOffset t) => TimeZoneInfo.ConvertTime(t, paris).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        var start = DateTimeOffset.UtcNow.AddDays(12);
        var created = await browser.Site.AgencyApiAsync(agency, NgpSite.AdminEmail, agency.AdminPassword, HttpMethod.Post, "api/v1/content", new
        {
            type = "Meeting",
            title = Meeting,
            parts = new { Summary = new { text = "Voir les échantillons de finitions et poser vos questions avant de choisir." } },
            fields = new { Kind = "Réunion publique", Start = Local(start), End = Local(start.AddHours(2)), Place = "Salle polyvalente des Alpins" },
        });
        var id = created.GetProperty("id").GetString()!;
        await browser.Site.AgencyApiAsync(agency, NgpSite.AdminEmail, agency.AdminPassword, HttpMethod.Post, $"api/v1/content/{id}/publish");
        return id;
    }

    /// <summary>A choice made once per dwelling by the households of the Alpins' two buildings, open for three weeks from now.</summary>
    private async Task<string> PublishDwellingChoiceAsync(TestAgency agency)
    {
        var created = await browser.Site.AgencyApiAsync(agency, NgpSite.AdminEmail, agency.AdminPassword, HttpMethod.Post, "api/v1/content", new
        {
            type = "Consultation",
            title = Choice,
            parts = new Dictionary<string, object>
            {
                ["Summary"] = new { text = "Chaque logement choisit la finition de sa cuisine rénovée." },
                ["Consultation"] = new
                {
                    kind = "dwelling",
                    closesUtc = DateTimeOffset.UtcNow.AddDays(21).ToString("O"),
                    results = "live",
                    eligibility = "buildings",
                    buildings = new[] { BuildingA, BuildingB },
                    questions = new[]
                    {
                        new
                        {
                            id = "finition", text = "Quelle finition pour votre cuisine ?", kind = "single",
                            options = new[] { new { id = "chene", text = "Chêne clair" }, new { id = "blanc", text = "Blanc mat" }, new { id = "vert", text = "Vert sauge" } },
                        },
                    },
                },
            },
        });
        var id = created.GetProperty("id").GetString()!;
        await browser.Site.AgencyApiAsync(agency, NgpSite.AdminEmail, agency.AdminPassword, HttpMethod.Post, $"api/v1/content/{id}/publish");
        return id;
    }

    /// <summary>Presses the form's download button with Enter and reads the PDF it gives back as a reader would.</summary>
    private static async Task<PrintedPdf> DownloadAsync(IPage page, string button)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => PressAsync(page, page.GetByRole(AriaRole.Button, new() { Name = button }), "Enter"));
        Assert.EndsWith(".pdf", download.SuggestedFilename);
        return PrintedPdf.Read(await File.ReadAllBytesAsync((await download.PathAsync())!));
    }

    [GeneratedRegex(@"Référence du bail : (\S+)")]
    private static partial Regex Reference();

    [GeneratedRegex(@"Votre code personnel : ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})")]
    private static partial Regex PrintedCode();
}
