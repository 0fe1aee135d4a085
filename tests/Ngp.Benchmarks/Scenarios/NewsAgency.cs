using Ngp.Benchmarks.Infrastructure;

namespace Ngp.Benchmarks.Scenarios;

/// <summary>A site started without the demo agencies, plus one agency of the "agency" recipe whose admin API is ready.</summary>
internal static class NewsAgency
{
    public const string Prefix = "bench-news";

    public static readonly IReadOnlyDictionary<string, string> NoDemo = new Dictionary<string, string> { ["Ngp__Setup__DemoRecipe"] = "" };

    public static async Task<NgpApi> CreateAsync(BenchContext context, ServerProcess server, CancellationToken ct)
    {
        await server.WaitForOkAsync("/", context.Options.StartTimeout, ct);
        using (var headOffice = new NgpApi(server.BaseAddress, context.AdminPassword))
        {
            await headOffice.LoginAsync(ct);
            await headOffice.CreateAgencyAsync(Prefix, "Agence des actualités", ct);
        }
        var agency = new NgpApi(new Uri(server.BaseAddress, Prefix + "/"), context.AdminPassword);
        await agency.LoginAsync(ct);
        return agency;
    }

    public static string Title(int n) => $"Réunion de quartier n° {n} : travaux, espaces verts et sécurité";

    public const string Summary = "Locataires, gardiens et partenaires se retrouvent pour faire le point sur la vie du quartier et les travaux à venir.";

    public const string Markdown = "La réunion se tiendra **à 18 h** à la salle polyvalente.\n\nAu programme :\n\n- le calendrier des travaux ;\n- l'entretien des espaces verts ;\n- vos questions et vos propositions.\n\nUne synthèse sera diffusée à tous après la réunion.";
}
