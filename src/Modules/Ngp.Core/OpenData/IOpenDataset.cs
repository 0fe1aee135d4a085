using Ngp.Core.Tenancy;

namespace Ngp.Core.OpenData;

/// <summary>
/// A dataset a module publishes on the tenant's « Données ouvertes » page (<c>/donnees</c>): the module owns its rows
/// and says what they mean; the open-data module lists it, writes it as CSV and JSON and describes it in the DCAT
/// catalogue. Register it as scoped. Rows hold only what the public may read: no e-mail address, lease reference,
/// account id or name of a resident, and counts that could single someone out go through <see cref="OpenDataCounts"/>.
/// </summary>
public interface IOpenDataset
{
    /// <summary>The dataset's name in its addresses (<c>actualites</c> → <c>/donnees/actualites.csv</c>): lower-case letters, digits and dashes.</summary>
    string Name { get; }

    /// <summary>Its title, in French.</summary>
    string Title { get; }

    /// <summary>What a row is and where the data comes from, in French.</summary>
    string Description { get; }

    /// <summary>Keywords for the catalogue, in French.</summary>
    IReadOnlyList<string> Keywords => [];

    /// <summary>The columns, in the order of every row's values.</summary>
    IReadOnlyList<OpenDataColumn> Columns { get; }

    /// <summary>Whether the dataset exists on this tenant (the head office holds no meetings).</summary>
    bool AppliesTo(TenantDescriptor tenant) => true;

    /// <summary>
    /// When the rows last changed and a fingerprint that changes whenever they do, read without reading the rows:
    /// the download's <c>Last-Modified</c> and <c>ETag</c>, so a harvester fetches only what changed.
    /// </summary>
    Task<OpenDataVersion> VersionAsync(CancellationToken ct);

    /// <summary>The rows, one value per column (text, number, boolean, date or null), read as they are written to the response.</summary>
    IAsyncEnumerable<object?[]> RowsAsync(CancellationToken ct);
}
