using System.Runtime.CompilerServices;
using Ngp.Contents.Definitions;
using Ngp.Contents.Display;
using Ngp.Contents.Items;
using Ngp.Core.OpenData;
using Ngp.Core.Tenancy;
using Ngp.Core.Web;

namespace Ngp.GoodPractices.OpenData;

/// <summary>
/// The agency's published good-practice records as an open dataset. Only the fields named here are written: the
/// contact person and address, and the attachments, stay on the page for those who read it.
/// </summary>
public sealed class GoodPracticesDataset(ContentDefinitionStore definitions, ContentQuery query, ContentPrivacy privacy, SiteLinks links) : IOpenDataset
{
    private const int PageSize = 100;

    public string Name => "bonnes-pratiques";

    public string Title => "Fiches de bonnes pratiques";

    public string Description => "Les fiches de bonnes pratiques publiées par l'agence : une ligne par fiche, avec son contexte, ce qui a été fait, les résultats et ce qu'il faut éviter (textes au format Markdown).";

    public IReadOnlyList<string> Keywords => ["bonnes pratiques", "logement social", "gestion de proximité"];

    public IReadOnlyList<OpenDataColumn> Columns { get; } =
    [
        new("titre", "Titre de la fiche"),
        new("ambition", "Ambition du plan de la Nouvelle Gouvernance Partagée (1 à 4), vide si aucune", OpenDataType.Integer),
        new("themes", "Thèmes de la fiche, séparés par « ; »"),
        new("resume", "Résumé de la fiche"),
        new("contexte", "Contexte (Markdown)"),
        new("ce_qui_a_ete_fait", "Ce qui a été fait (Markdown)"),
        new("resultats", "Résultats, avec des chiffres (Markdown)"),
        new("a_eviter", "Ce qu'il faut éviter (Markdown)"),
        new("partenaires", "Partenaires de l'action"),
        new("date_de_publication", "Date et heure de publication (UTC, ISO 8601)", OpenDataType.DateTime),
        new("adresse", "Adresse de la fiche sur le site", OpenDataType.Url),
    ];

    /// <summary>The head office writes no records of its own; it shares the agencies' through its search.</summary>
    public bool AppliesTo(TenantDescriptor tenant) => !tenant.IsHeadOffice;

    public Task<OpenDataVersion> VersionAsync(CancellationToken ct) => query.PublishedSetVersionAsync(GoodPracticesModule.TypeName, ct);

    public async IAsyncEnumerable<object?[]> RowsAsync([EnumeratorCancellation] CancellationToken ct)
    {
        if (await definitions.FindAsync(GoodPracticesModule.TypeName, ct) is not { } type)
            yield break;
        for (var page = 1; ; page++)
        {
            var batch = await query.ListAsync(new ContentFilter { Type = GoodPracticesModule.TypeName, Page = page, PageSize = PageSize }, ct);
            foreach (var version in batch.Items)
            {
                var view = privacy.View(type, version);
                string? Field(string name) => view.Fields.FirstOrDefault(f => f.Definition.Name == name) is { } f && f.Values.Count > 0 ? string.Join(" ; ", f.Values) : null;
                yield return
                [
                    view.Title, view.Ambition, Field("Themes"), view.Summary, Field("Context"), Field("Actions"), Field("Results"), Field("Pitfalls"),
                    Field("Partners"), view.PublishedUtc, links.Absolute(view.RelativeUrl ?? "bonnes-pratiques"),
                ];
            }
            if (batch.Items.Count < PageSize || page * PageSize >= batch.Total)
                yield break;
        }
    }
}
