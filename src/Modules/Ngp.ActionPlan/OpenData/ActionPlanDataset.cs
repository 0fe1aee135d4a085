using System.Runtime.CompilerServices;
using Ngp.Core.OpenData;
using Ngp.Core.Tenancy;
using Ngp.ActionPlan;

namespace Ngp.ActionPlan.OpenData;

/// <summary>
/// The head office's action plan as an open dataset: one row per action, with its progress and the projects linked to
/// it (on an agency its own projects, on the head office every running agency's, as <c>/plan-d-actions</c> shows).
/// </summary>
public sealed class ActionPlanDataset(ActionPlanReader reader, ITenantContext tenant) : IOpenDataset
{
    public string Name => "plan-d-actions";

    public string Title => "Plan d'actions de la Nouvelle Gouvernance Partagée";

    public string Description => "Les actions du plan de la Nouvelle Gouvernance Partagée : une ligne par action, avec son ambition, son porteur, son statut, son avancement et les projets qui y sont rattachés.";

    public IReadOnlyList<string> Keywords => ["plan d'actions", "gouvernance partagée", "projets"];

    public IReadOnlyList<OpenDataColumn> Columns { get; } =
    [
        new("code", "Code de l'action : numéro de l'ambition, point, rang de l'action (« 2.3 »)"),
        new("ambition", "Numéro de l'ambition (1 à 4)", OpenDataType.Integer),
        new("action", "Intitulé de l'action"),
        new("porteur", "Direction ou service qui porte l'action"),
        new("prioritaire", "Action prioritaire du plan", OpenDataType.Boolean),
        new("statut", "Statut : À lancer, En cours, Réalisée ou Suspendue"),
        new("avancement", "Avancement de l'action, en pourcentage (0 à 100)", OpenDataType.Decimal),
        new("nombre_de_projets_lies", "Nombre de projets publiés rattachés à l'action", OpenDataType.Integer),
        new("projets_lies", "Titres des projets rattachés, séparés par « ; » (avec leur agence sur le site du siège)"),
    ];

    public Task<OpenDataVersion> VersionAsync(CancellationToken ct) => reader.VersionAsync(ct);

    public async IAsyncEnumerable<object?[]> RowsAsync([EnumeratorCancellation] CancellationToken ct)
    {
        if (await reader.PlanAsync(ct) is not { } plan)
            yield break;
        var links = (await reader.LinksAsync(ct)).SelectMany(a => a.Links).ToList();
        var withAgency = tenant.Tenant.IsHeadOffice;
        foreach (var action in plan)
        {
            var projects = links.Where(l => l.Codes.Contains(action.Code, StringComparer.Ordinal))
                .Select(l => withAgency ? $"{l.Title} ({l.AgencyName})" : l.Title).ToList();
            yield return
            [
                action.Code, action.Ambition, action.Title, action.Owner, action.Priority, action.StatusLabel, action.Progress,
                projects.Count, string.Join(" ; ", projects),
            ];
        }
    }
}
