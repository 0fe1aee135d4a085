using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ngp.Contents.Definitions;
using Ngp.Contents.Items;
using Ngp.Core.Data;
using Ngp.Core.Tenancy;

namespace Ngp.Search.Indexing;

/// <summary>
/// Keeps each tenant's index (<c>App_Data/Sites/&lt;tenant&gt;/lucene/</c>) in step with the tenant's indexing task log:
/// reads the tasks after its cursor in batches and, for each item, indexes its published version or removes it.
/// Drafts are never read: only <see cref="ContentQuery.PublishedAsync"/>. Every web node runs its own indexer on its
/// own folder, so several nodes on one database each converge on the same index.
/// </summary>
public sealed class TenantIndexer(IndexStore store, ITenantScopeFactory scopes, TenantActivity activity, IOptions<SearchOptions> options, TimeProvider clock, ILogger<TenantIndexer> logger, Ngp.Core.Telemetry.NgpMetrics? metrics = null)
{
    public const string CursorKey = "tasks";

    private readonly ConcurrentDictionary<string, RebuildProgress> _rebuilds = new(StringComparer.Ordinal);
    private readonly SearchOptions _options = options.Value;

    public string FolderOf(TenantDescriptor tenant) => Path.Combine(tenant.DataFolder, _options.FolderName);

    public LuceneIndex IndexOf(TenantDescriptor tenant) => store.Open(FolderOf(tenant));

    public RebuildProgress? Rebuild(TenantDescriptor tenant) => _rebuilds.GetValueOrDefault(tenant.Name);

    /// <summary>Applies every task of the log after the index's cursor; returns how many tasks were applied.</summary>
    /// <exception cref="TenantClosedException">The tenant is being removed.</exception>
    public async Task<int> CatchUpAsync(TenantDescriptor tenant, CancellationToken ct = default)
    {
        // Opening the index creates its folder: a pass must never do so in a tenant whose folder is being deleted.
        using var work = activity.Enter(tenant.Name);
        var index = IndexOf(tenant);
        await index.WriteLock.WaitAsync(ct);
        try
        {
            if (metrics is not null)
            {
                await using var scope = scopes.CreateScope(tenant);
                var latest = await scope.ServiceProvider.GetRequiredService<NgpDbContext>().Set<IndexingTask>().MaxAsync(t => (long?)t.Id, ct) ?? 0;
                metrics.SearchLag(tenant.Name, latest - index.Cursor(CursorKey));
            }
            return await ApplyTasksAsync(tenant, index.Writer, index.Cursor(CursorKey), (cursor, _) => index.Commit(new Dictionary<string, long> { [CursorKey] = cursor }), ct);
        }
        finally
        {
            index.WriteLock.Release();
        }
    }

    public async Task<IndexStatus> StatusAsync(TenantDescriptor tenant, CancellationToken ct = default)
    {
        var index = IndexOf(tenant);
        await using var scope = scopes.CreateScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<NgpDbContext>();
        var latest = await db.Set<IndexingTask>().AsNoTracking().OrderByDescending(t => t.Id).Select(t => new { t.Id, t.CreatedUtc }).FirstOrDefaultAsync(ct);
        return new IndexStatus(index.DocumentCount(), index.Cursor(CursorKey), latest?.Id ?? 0, latest?.CreatedUtc, index.GenerationName);
    }

    /// <summary>Starts a rebuild in the background unless one is running; false when one already is.</summary>
    public bool StartRebuild(TenantDescriptor tenant, CancellationToken stopping)
    {
        var started = new RebuildProgress(0, 0, false, null, clock.GetUtcNow());
        if (_rebuilds.TryGetValue(tenant.Name, out var running) && !running.Finished)
            return false;
        _rebuilds[tenant.Name] = started;
        _ = Task.Run(async () =>
        {
            try
            {
                await RebuildAsync(tenant, stopping);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Rebuild of the index of tenant {Tenant} failed", tenant.Name);
                _rebuilds[tenant.Name] = _rebuilds[tenant.Name] with { Finished = true, Error = e.Message };
            }
        }, CancellationToken.None);
        return true;
    }

    /// <summary>
    /// Rebuilds the index from the database into a new folder while the current one keeps answering, then applies
    /// the tasks logged meanwhile and swaps. The log position is read first, so nothing published during the
    /// rebuild is missed (a task applied twice is harmless).
    /// </summary>
    /// <exception cref="TenantClosedException">The tenant is being removed.</exception>
    public async Task RebuildAsync(TenantDescriptor tenant, CancellationToken ct = default)
    {
        using var work = activity.Enter(tenant.Name);
        var startedUtc = _rebuilds.GetValueOrDefault(tenant.Name)?.StartedUtc ?? clock.GetUtcNow();
        var index = IndexOf(tenant);
        var next = index.CreateGeneration();
        try
        {
            long startCursor;
            await using (var scope = scopes.CreateScope(tenant))
            {
                var db = scope.ServiceProvider.GetRequiredService<NgpDbContext>();
                startCursor = await db.Set<IndexingTask>().MaxAsync(t => (long?)t.Id, ct) ?? 0;
                var definitions = await scope.ServiceProvider.GetRequiredService<ContentDefinitionStore>().ListAsync(ct);
                var query = scope.ServiceProvider.GetRequiredService<ContentQuery>();
                var documents = scope.ServiceProvider.GetRequiredService<SearchDocumentFactory>();
                var indexable = definitions.Where(SearchDocumentFactory.IsIndexable).ToList();
                var total = 0;
                foreach (var type in indexable)
                    total += (await query.ListAsync(new ContentFilter { Type = type.Name, PageSize = 1 }, ct)).Total;
                var done = 0;
                _rebuilds[tenant.Name] = new RebuildProgress(0, total, false, null, startedUtc);
                foreach (var type in indexable)
                {
                    for (var page = 1; ; page++)
                    {
                        var items = await query.ListAsync(new ContentFilter { Type = type.Name, Page = page, PageSize = 100 }, ct);
                        // A new generation starts empty and each item is listed once: adding is enough (no delete by id).
                        ParallelIndexing.AddAll(next.Writer, items.Items, item => documents.Build(type, item, tenant.Name, tenant.DisplayName), ct);
                        done += items.Items.Count;
                        _rebuilds[tenant.Name] = new RebuildProgress(Math.Min(done, total), total, false, null, startedUtc);
                        if (items.Items.Count < 100)
                            break;
                    }
                }
            }
            await index.WriteLock.WaitAsync(ct);
            try
            {
                var cursor = startCursor;
                await ApplyTasksAsync(tenant, next.Writer, startCursor, (c, _) => cursor = c, ct);
                index.SwapTo(next, new Dictionary<string, long> { [CursorKey] = Math.Max(cursor, startCursor) });
            }
            finally
            {
                index.WriteLock.Release();
            }
            var final = _rebuilds.GetValueOrDefault(tenant.Name);
            _rebuilds[tenant.Name] = new RebuildProgress(final?.Total ?? 0, final?.Total ?? 0, true, null, startedUtc);
            logger.LogInformation("Index of tenant {Tenant} rebuilt: {Documents} documents", tenant.Name, index.DocumentCount());
        }
        catch
        {
            next.Dispose();
            throw;
        }
    }

    /// <summary>Applies the tasks after <paramref name="cursor"/> to <paramref name="writer"/>, calling <paramref name="commit"/> after each batch.</summary>
    private async Task<int> ApplyTasksAsync(TenantDescriptor tenant, Lucene.Net.Index.IndexWriter writer, long cursor, Action<long, int> commit, CancellationToken ct)
    {
        var applied = 0;
        while (true)
        {
            await using var scope = scopes.CreateScope(tenant);
            var db = scope.ServiceProvider.GetRequiredService<NgpDbContext>();
            var batch = await db.Set<IndexingTask>().AsNoTracking().Where(t => t.Id > cursor).OrderBy(t => t.Id).Take(_options.BatchSize).ToListAsync(ct);
            if (batch.Count == 0)
                return applied;
            var definitions = scope.ServiceProvider.GetRequiredService<ContentDefinitionStore>();
            var query = scope.ServiceProvider.GetRequiredService<ContentQuery>();
            var documents = scope.ServiceProvider.GetRequiredService<SearchDocumentFactory>();
            foreach (var id in batch.Select(t => t.ContentItemId).Distinct(StringComparer.Ordinal))
            {
                var document = await PublishedDocumentAsync(query, definitions, documents, id, tenant, ct);
                if (document is null)
                    writer.DeleteDocuments(SearchFields.IdTerm(id));
                else
                    writer.UpdateDocument(SearchFields.IdTerm(id), document.ToLucene());
            }
            cursor = batch[^1].Id;
            applied += batch.Count;
            commit(cursor, batch.Count);
            if (batch.Count < _options.BatchSize)
                return applied;
        }
    }

    /// <summary>The document of the item's published version when its type is indexable; null when it must not be found.</summary>
    internal static async Task<SearchDocument?> PublishedDocumentAsync(ContentQuery query, ContentDefinitionStore definitions, SearchDocumentFactory documents, string id, TenantDescriptor tenant, CancellationToken ct, string? idPrefix = null)
    {
        var published = await query.PublishedAsync(id, ct);
        if (published is null)
            return null;
        var type = await definitions.FindAsync(published.ContentType, ct);
        if (type is null || !SearchDocumentFactory.IsIndexable(type))
            return null;
        return documents.Build(type, published, tenant.Name, tenant.DisplayName, idPrefix);
    }
}
