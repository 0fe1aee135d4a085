using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Ngp.Tests.Harness;

/// <summary>The people of a maintenance test: a resident and a neighbour of bât. A, a resident of bât. B, an agent, a stranger from another agency.</summary>
public sealed record MaintenancePeople(Agency Agency, Resident Filer, HttpClient Neighbour, Resident OtherBuilding, HttpClient Agent, HttpClient Anonymous, HttpClient Stranger);

public static class MaintenanceHarness
{
    public const string Requests = "api/v1/maintenance/requests";

    public static object Body(string location = "common", string? area = "hall", string category = "parties-communes", string urgency = "normal",
        string description = "La porte du hall ne ferme plus depuis hier soir.") =>
        new { category, description, location, area, urgency };

    public static Task<HttpResponseMessage> FileAsync(HttpClient client, object body) => client.PostAsJsonAsync(Requests, body);

    /// <summary>Files a request and returns its id and reference.</summary>
    public static async Task<(long Id, string Reference)> FiledAsync(HttpClient client, object body)
    {
        var response = await FileAsync(client, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, text);
        var json = JsonDocument.Parse(text).RootElement;
        return (json.GetProperty("id").GetInt64(), json.GetProperty("reference").GetString()!);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    /// <summary>
    /// The demo agency's people: the filer (lease DEMO-0002) shares « Résidence Les Alpins, bât. A » with the demo resident
    /// (DEMO-0001); the next resident (DEMO-0003) lives in bât. B. The stranger is a resident of another agency carrying
    /// that agency's token here.
    /// </summary>
    public static async Task<MaintenancePeople> PeopleAsync(NgpFactory factory)
    {
        var agency = await factory.CreateAgencyAsync();
        var filer = await agency.CreateResidentAsync();
        var other = await agency.CreateResidentAsync();
        var neighbour = await factory.TokenClientAsync(agency.PathBase, "locataire@ngp.local", NgpFactory.AdminPassword);
        var agent = await factory.TokenClientAsync(agency.PathBase, "agent@ngp.local", NgpFactory.AdminPassword);
        var elsewhere = await factory.CreateAgencyAsync();
        var foreigner = await elsewhere.CreateResidentAsync();
        var stranger = agency.Client();
        stranger.DefaultRequestHeaders.Authorization = foreigner.Api.DefaultRequestHeaders.Authorization is { } auth
            ? new AuthenticationHeaderValue(auth.Scheme, auth.Parameter)
            : null;
        return new MaintenancePeople(agency, filer, neighbour, other, agent, agency.Client(), stranger);
    }
}
