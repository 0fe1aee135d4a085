using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Hosting;
using Ngp.Core.Tenancy;
using Ngp.Search.Indexing;

namespace Ngp.Search.Pages.Admin;

/// <summary>The state of the agency's index on this web node, and its rebuild with progress (refreshed by the Refresh header, no script).</summary>
[Authorize(Policy = "permission:ManageSearch")]
public sealed class SearchIndexModel(TenantIndexer indexer, SharedIndexer shared, ITenantContext tenant, IHostApplicationLifetime lifetime) : PageModel
{
    public IndexStatus Status { get; private set; } = null!;

    public RebuildProgress? Rebuild { get; private set; }

    public int? SharedDocuments { get; private set; }

    public int SharedAgencies { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Status = await indexer.StatusAsync(tenant.Tenant, ct);
        Rebuild = indexer.Rebuild(tenant.Tenant);
        if (Rebuild is { Finished: false })
            Response.Headers["Refresh"] = "2";
        if (tenant.Tenant.IsHeadOffice && shared.Index() is { } index)
        {
            SharedDocuments = index.DocumentCount();
            SharedAgencies = index.Cursors.Count;
        }
    }

    public IActionResult OnPostRebuild()
    {
        Message = indexer.StartRebuild(tenant.Tenant, lifetime.ApplicationStopping)
            ? "La reconstruction de l'index a commencé ; la recherche continue de répondre pendant ce temps."
            : "Une reconstruction est déjà en cours.";
        return RedirectToPage();
    }
}
