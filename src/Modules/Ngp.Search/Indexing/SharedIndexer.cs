using Lucene.Net.Index;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Ngp.Contents.Definitions;
using Ngp.Contents.Items;
using Ngp.Core.Data;
using Ngp.Core.Tenancy;

namespace Ngp.Search.Indexing;

/// <summary>
/// The head office's index of what every agency shares with the others (a module marks it through
/// <see cref="Ngp.Contents.Indexing.ContentIndexContext.SharedWithEveryAgency"/>) (<c>App_Data/Sites/siege/lucene-shared/</c>):
/// fed from each running agency's indexing task log with a cursor per agency, it holds only published items marked
/// <c>Shared</c>, with the agency's name and the address of the record on the agency's site. The one place where
/// data crosses tenants, on purpose. An agency that is no longer running (disabled or removed) loses its records
/// and its cursor, so re-enabling it indexes it again from the start of its log.
/// </summary>
public sealed class SharedIndexer(IndexStore store, IRunningTenants tenants, ITenantScopeFactory scopes, IOptions<SearchOptions> options)
{
    private readonly SearchOptions _options = options.Value;

    /// <summary>The shared index, or null while the head office is not running.</summary>
    public LuceneIndex? Index()
    {
        var headOffice = tenants.Running.FirstOrDefault(t => t.IsHeadOffice);
        return headOffice is null ? null : store.Open(Path.Combine(headOffice.DataFolder, _options.SharedFolderName));
    }

    /// <summary>One pass over every running agency's log, and the removal of agencies that left; returns tasks applied.</summary>
    public async Task<int> CatchUpAsync(CancellationToken ct = default)
    {
        var index = Index();
        if (index is null)
            return 0;
        var agencies = tenants.Running.Where(t => !t.IsHeadOffice).ToList();
        await index.WriteLock.WaitAsync(ct);
        try
        {
            var cursors = new Dictionary<string, long>(index.Cursors);
            var applied = 0;
            var gone = cursors.Keys.Where(name => agencies.All(a => a.Name != name)).ToList();
            foreach (var name in gone)
            {
                index.Writer.DeleteDocuments(new Term(SearchFields.Agency, name));
                cursors.Remove(name);
            }
            if (gone.Count > 0)
                index.Commit(cursors);
            foreach (var agency in agencies)
                applied += await CatchUpAgencyAsync(index, agency, cursors, ct);
            return applied;
        }
        finally
        {
            index.WriteLock.Release();
        }
    }

    private async Task<int> CatchUpAgencyAsync(LuceneIndex index, TenantDescriptor agency, Dictionary<string, long> cursors, CancellationToken ct)
    {
        var applied = 0;
        var cursor = cursors.GetValueOrDefault(agency.Name);
        var prefix = agency.Name + ":";
        while (true)
        {
            await using var scope = scopes.CreateScope(agency);
            var db = scope.ServiceProvider.GetRequiredService<NgpDbContext>();
            var batch = await db.Set<IndexingTask>().AsNoTracking().Where(t => t.Id > cursor).OrderBy(t => t.Id).Take(_options.BatchSize).ToListAsync(ct);
            if (batch.Count == 0)
            {
                if (!cursors.ContainsKey(agency.Name))
                {
                    // Remember the agency even with an empty log, so that its removal is noticed.
                    cursors[agency.Name] = 0;
                    index.Commit(cursors);
                }
                return applied;
            }
            var definitions = scope.ServiceProvider.GetRequiredService<ContentDefinitionStore>();
            var query = scope.ServiceProvider.GetRequiredService<ContentQuery>();
            var documents = scope.ServiceProvider.GetRequiredService<SearchDocumentFactory>();
            foreach (var id in batch.Select(t => t.ContentItemId).Distinct(StringComparer.Ordinal))
            {
                var document = await TenantIndexer.PublishedDocumentAsync(query, definitions, documents, id, agency, ct, prefix);
                if (document is { Shared: true })
                    index.Writer.UpdateDocument(SearchFields.IdTerm(prefix + id), (document with { Url = AgencyUrl(agency, document.Url) }).ToLucene());
                else
                    index.Writer.DeleteDocuments(SearchFields.IdTerm(prefix + id));
            }
            cursor = batch[^1].Id;
            cursors[agency.Name] = cursor;
            index.Commit(cursors);
            applied += batch.Count;
            if (batch.Count < _options.BatchSize)
                return applied;
        }
    }

    /// <summary>The record's address on its agency's site: under the agency's prefix, or on its own host name.</summary>
    public static string? AgencyUrl(TenantDescriptor agency, string? relative) => relative is null ? null : agency.LinkFromAnotherSite(relative);
}
