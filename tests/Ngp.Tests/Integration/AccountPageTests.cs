using System.Net;
using AngleSharp.Html.Parser;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration;

/// <summary>Forms that check only their own fields, and actions that end with a French confirmation.</summary>
public sealed class AccountPageTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    private static readonly HtmlParser Parser = new();

    private static IReadOnlyList<string> ErrorsIn(string html, string sectionId) =>
        Parser.ParseDocument(html).QuerySelector($"section[aria-labelledby='{sectionId}']")!.QuerySelectorAll(".alert-error li, .field-error").Select(e => e.TextContent.Trim()).ToList();

    [Fact]
    public async Task Deletion_WithAWrongPassword_ShowsItsErrorInTheDeletionFormOnly_AndKeepsTheAccount()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        var browser = await ParticipationHarness.BrowserAsync(agency, resident.Email, resident.Password);

        var refused = await Forms.SubmitAsync(browser, "compte", new Dictionary<string, string> { ["DeletePassword"] = "Pas-Le-Bon-1" }, handler: "Delete");
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotEmpty(ErrorsIn(html, "suppression"));
        Assert.Empty(ErrorsIn(html, "mot-de-passe"));
        Assert.Equal(HttpStatusCode.OK, (await resident.Api.GetAsync("api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task Deletion_WithTheRightPassword_EndsOnAFrenchConfirmation()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        var browser = await ParticipationHarness.BrowserAsync(agency, resident.Email, resident.Password);

        var deleted = await Forms.SubmitAsync(browser, "compte", new Dictionary<string, string> { ["DeletePassword"] = resident.Password }, handler: "Delete");
        var confirmation = Forms.Text(await browser.GetStringAsync(deleted.Headers.Location!.OriginalString[(agency.PathBase.Length + 1)..]));

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Contains("Votre compte et vos données personnelles ont été supprimés de ce site.", confirmation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PasswordChange_Refused_ShowsItsErrorsInItsOwnFormOnly()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        var browser = await ParticipationHarness.BrowserAsync(agency, resident.Email, resident.Password);

        var refused = await Forms.SubmitAsync(browser, "compte", new Dictionary<string, string> { ["PasswordInput.CurrentPassword"] = "Pas-Le-Bon-1", ["PasswordInput.NewPassword"] = "Nouveau-Pass-2027" }, handler: "ChangePassword");
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Contains("Le mot de passe actuel est incorrect.", ErrorsIn(html, "mot-de-passe"));
        Assert.Empty(ErrorsIn(html, "suppression"));
    }

    [Fact]
    public async Task TemplatesAdminPage_Opened_ShowsNoValidationError()
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await ParticipationHarness.BrowserAsync(agency, NgpFactory.AdminEmail, NgpFactory.AdminPassword);

        var html = await admin.GetStringAsync("admin/notifications/modeles");

        Assert.Empty(Forms.Errors(html));
        Assert.DoesNotContain("field is required", html, StringComparison.Ordinal);
    }
}
