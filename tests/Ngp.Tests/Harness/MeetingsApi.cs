using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Ngp.Tests.Harness;

/// <summary>Creates meetings and the people who register to them, through the same API an agency uses.</summary>
public static class MeetingsApi
{
    private static readonly TimeZoneInfo _paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static string Paris(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, _paris).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Creates and publishes a meeting; returns its id.</summary>
    public static Task<string> PublishMeetingAsync(
        HttpClient admin, string title, DateTimeOffset startUtc, int? capacity = null, string? invitedEmails = null, TimeSpan? length = null, string? project = null) =>
        PublishContentAsync(admin, new
        {
            type = "Meeting",
            title,
            parts = new { Summary = new { text = "Réunion de test." } },
            fields = new
            {
                Kind = "Atelier",
                Start = Paris(startUtc),
                End = Paris(startUtc + (length ?? TimeSpan.FromHours(2))),
                Place = "Salle commune",
                Agenda = "Accueil — 10 min\nÉchanges — 50 min",
                Capacity = capacity,
                Project = project,
                InvitedEmails = invitedEmails,
            },
        });

    /// <summary>Creates and publishes a project; returns its id.</summary>
    public static Task<string> PublishProjectAsync(HttpClient admin, string title) =>
        PublishContentAsync(admin, new { type = "Project", title, parts = new { Summary = new { text = "Réhabilitation de la résidence." } } });

    /// <summary>Creates an item through the content API and publishes it; returns its id.</summary>
    public static async Task<string> PublishContentAsync(HttpClient admin, object content)
    {
        var created = await admin.PostAsJsonAsync("api/v1/content", content);
        var body = await created.Content.ReadAsStringAsync();
        Assert.True(created.IsSuccessStatusCode, body);
        var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
        var published = await admin.PostAsync($"api/v1/content/{id}/publish", null);
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
        return id;
    }

    /// <summary>Accounts (partners: no lease needed) with a bearer client each, created by the agency's administrator.</summary>
    public static async Task<List<(string Email, HttpClient Api)>> CreatePeopleAsync(Agency agency, int count, string prefix = "participant")
    {
        var admin = await agency.AdminAsync();
        var people = new List<(string, HttpClient)>();
        for (var i = 0; i < count; i++)
        {
            var email = $"{prefix}{i}@{agency.Name}.test";
            var response = await admin.PostAsJsonAsync("api/v1/users", new { email, password = NgpFactory.StrongPassword, roles = new[] { "Partner" } });
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
            people.Add((email, await agency.Factory.TokenClientAsync(agency.PathBase, email, NgpFactory.StrongPassword)));
        }
        return people;
    }

    public static object Synthesis(bool publish = true, string[]? attendees = null) => new
    {
        attendees = attendees ?? [],
        anonymousAttendees = 7,
        summary = "Le calendrier est validé.",
        said = "Les habitants ont parlé du bruit.",
        decisions = "- Démarrer à 8 h 30.",
        objections = new[] { new { objection = "Trop tôt le matin.", proposal = "Commencer à 8 h 30." } },
        nextSteps = new[] { new { action = "Envoyer le calendrier", owner = "Chargé d'opération", dueDate = "2027-01-15" } },
        publish,
    };
}
