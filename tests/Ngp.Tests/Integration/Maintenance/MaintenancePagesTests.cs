using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Data;
using Ngp.Maintenance.Data;
using Ngp.Tests.Harness;
using static Ngp.Tests.Harness.MaintenanceHarness;
using static Ngp.Tests.Harness.ParticipationHarness;

namespace Ngp.Tests.Integration.Maintenance;

/// <summary>The pages without JavaScript: « Nouvelle demande », « Mes demandes », the request page, the agents' queue.</summary>
public abstract class MaintenancePagesTests<TFactory> where TFactory : NgpFactory, new()
{
    private static Dictionary<string, string> Form(string location = "common", string area = "hall", string description = "La porte du hall ne ferme plus.") => new()
    {
        ["Input.Category"] = "parties-communes",
        ["Input.Location"] = location,
        ["Input.CommonArea"] = area,
        ["Input.Room"] = "",
        ["Input.Urgency"] = "normal",
        ["Input.Description"] = description,
    };

    private static Task<int> RequestsAsync(Agency agency) =>
        agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Set<MaintenanceRequest>().CountAsync());

    [SkippableFact]
    public async Task NewRequest_FormPosted_LeadsToTheRequestPageWithItsReferenceAndTimeline()
    {
        await using var factory = new TFactory();
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        var browser = await BrowserAsync(agency, resident.Email, resident.Password);

        var posted = await Forms.SubmitAsync(browser, "demandes/nouvelle", Form());

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var page = Forms.Text(await browser.GetStringAsync(posted.Headers.Location!.ToString().TrimStart('/')[agency.PathBase.TrimStart('/').Length..].TrimStart('/')));
        Assert.Matches(@"Votre demande GC-\d{4}-00001 est enregistrée", page);
        Assert.Contains("Chronologie Reçue", page, StringComparison.Ordinal);
        Assert.Contains("La porte du hall ne ferme plus.", page, StringComparison.Ordinal);
        var list = Forms.Text(await browser.GetStringAsync("demandes"));
        Assert.Matches(@"GC-\d{4}-00001 \(la vôtre\) Parties communes — Hall d'entrée", list);
    }

    [SkippableFact]
    public async Task NewRequest_BadInput_ShowsFrenchMessagesAndStoresNothing()
    {
        await using var factory = new TFactory();
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        var browser = await BrowserAsync(agency, resident.Email, resident.Password);

        var posted = await Forms.SubmitAsync(browser, "demandes/nouvelle", Form(area: "", description: "Cassé"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, posted.StatusCode);
        var errors = Forms.Errors(await posted.Content.ReadAsStringAsync());
        Assert.Contains("Choisissez la partie commune concernée dans la liste.", errors);
        Assert.Contains("Décrivez le problème en 10 caractères au moins.", errors);
        Assert.Equal(0, await RequestsAsync(agency));
    }

    [SkippableFact]
    public async Task NewRequest_OpenCommonRequestOfTheBuilding_ShownBeforeFiling_AndMeTooCountsOnce()
    {
        await using var factory = new TFactory();
        var p = await PeopleAsync(factory);
        var filed = await FiledAsync(p.Filer.Api, Body(area: "escalier", description: "L'éclairage de l'escalier ne marche plus."));
        var neighbour = await BrowserAsync(p.Agency, "locataire@ngp.local", NgpFactory.AdminPassword);
        var otherBuilding = await BrowserAsync(p.Agency, p.OtherBuilding.Email, p.OtherBuilding.Password);

        var form = Forms.Text(await neighbour.GetStringAsync("demandes/nouvelle"));
        Assert.Contains($"{filed.Reference} — Escalier (Parties communes)", form, StringComparison.Ordinal);
        Assert.Contains($"Moi aussi — {filed.Reference}", form, StringComparison.Ordinal);
        Assert.DoesNotContain(filed.Reference, await otherBuilding.GetStringAsync("demandes/nouvelle"), StringComparison.Ordinal);

        var meToo = await Forms.SubmitAsync(neighbour, $"demandes/{filed.Id}", new Dictionary<string, string> { ["comment"] = "Au 2e aussi.", ["returnTo"] = "nouvelle" }, handler: "MeToo");
        Assert.Equal(HttpStatusCode.Redirect, meToo.StatusCode);
        var again = await Forms.SubmitAsync(neighbour, $"demandes/{filed.Id}", new Dictionary<string, string> { ["comment"] = "" }, handler: "MeToo");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);

        var after = Forms.Text(await neighbour.GetStringAsync("demandes/nouvelle"));
        Assert.Contains("1 voisin(s) concerné(s) en plus", after, StringComparison.Ordinal);
        Assert.Contains("Vous avez dit « Moi aussi ».", after, StringComparison.Ordinal);
        Assert.DoesNotContain(p.Filer.LeaseReference, await neighbour.GetStringAsync($"demandes/{filed.Id}"), StringComparison.Ordinal);
        var forFiler = await p.Filer.Api.GetStringAsync($"{Requests}/{filed.Id}");
        Assert.Equal(1, JsonDocument.Parse(forFiler).RootElement.GetProperty("meToo").GetInt32());
    }

    [SkippableFact]
    public async Task Queue_Agent_FiltersTakesAnswersAndRejectsOnlyWithAReason_OthersAreKeptOut()
    {
        await using var factory = new TFactory();
        var p = await PeopleAsync(factory);
        var heating = await FiledAsync(p.Filer.Api, Body(location: "dwelling", area: "", category: "chauffage", description: "Le radiateur du salon reste froid."));
        var hall = await FiledAsync(p.OtherBuilding.Api, Body());
        var agent = await BrowserAsync(p.Agency, "agent@ngp.local", NgpFactory.AdminPassword);
        var resident = await BrowserAsync(p.Agency, p.Filer.Email, p.Filer.Password);

        var queue = Forms.Text(await agent.GetStringAsync("admin/demandes"));
        Assert.Contains(heating.Reference, queue, StringComparison.Ordinal);
        Assert.Contains(hall.Reference, queue, StringComparison.Ordinal);
        Assert.Contains(p.Filer.LeaseReference, queue, StringComparison.Ordinal);
        var heatingOnly = Forms.Text(await agent.GetStringAsync("admin/demandes?categorie=chauffage&immeuble=" + Uri.EscapeDataString("Résidence Les Alpins, bât. A")));
        Assert.Contains(heating.Reference, heatingOnly, StringComparison.Ordinal);
        Assert.DoesNotContain(hall.Reference, heatingOnly, StringComparison.Ordinal);
        Assert.Contains("Aucune demande ne correspond", Forms.Text(await agent.GetStringAsync("admin/demandes?retard=true")), StringComparison.Ordinal);

        // A resident and an anonymous visitor never reach the queue or the agent's page.
        foreach (var outsider in new[] { resident, p.Agency.Client() })
        {
            foreach (var page in new[] { "admin/demandes", $"admin/demandes/{heating.Id}" })
            {
                var refused = await outsider.GetAsync(page);
                Assert.True(refused.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{page}: {(int)refused.StatusCode}");
                Assert.DoesNotContain(heating.Reference, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }

        var taken = await Forms.SubmitAsync(agent, $"admin/demandes/{heating.Id}", new Dictionary<string, string>(), handler: "Take");
        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        var answered = await Forms.SubmitAsync(agent, $"admin/demandes/{heating.Id}", new Dictionary<string, string> { ["Answer"] = "Le chauffagiste passe demain matin." }, handler: "Answer");
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        var noReason = await Forms.SubmitAsync(agent, $"admin/demandes/{heating.Id}", new Dictionary<string, string> { ["Reason"] = "" }, handler: "Reject");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.Contains("Indiquez la raison du rejet (5 caractères au moins).", Forms.Errors(await noReason.Content.ReadAsStringAsync()));
        var rejected = await Forms.SubmitAsync(agent, $"admin/demandes/{heating.Id}", new Dictionary<string, string> { ["Reason"] = "Le chauffage collectif est coupé pour tout l'immeuble." }, handler: "Reject");
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);

        var seen = Forms.Text(await resident.GetStringAsync($"demandes/{heating.Id}"));
        Assert.Contains("Reçue", seen, StringComparison.Ordinal);
        Assert.Contains("Prise en charge", seen, StringComparison.Ordinal);
        Assert.Contains("Rejetée", seen, StringComparison.Ordinal);
        Assert.Contains("Raison : Le chauffage collectif est coupé pour tout l'immeuble.", seen, StringComparison.Ordinal);
        Assert.Contains("L'agence", seen, StringComparison.Ordinal);
        Assert.Contains("Le chauffagiste passe demain matin.", seen, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task MyRequests_Anonymous_IsSentToSignIn()
    {
        await using var factory = new TFactory();
        var agency = await factory.CreateAgencyAsync();

        foreach (var page in new[] { "demandes", "demandes/nouvelle", "demandes/1" })
        {
            var response = await agency.Client().GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("compte/connexion", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }
}

public sealed class MaintenancePagesTestsOnSqlite : MaintenancePagesTests<SqliteFactory>;

public sealed class MaintenancePagesTestsOnPostgres : MaintenancePagesTests<PostgresFactory>;
