using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Users.Leases;

namespace Ngp.Users.Pages.Admin;

[Authorize(Policy = "permission:ManageLeases")]
/// <summary>The agency's lease list: import a CSV file, and read the leases a page at a time, searched by reference, building or postcode.</summary>
public sealed class LeasesModel(NgpDbContext db, LeaseImport import, LeaseList list) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public LeasePage Leases { get; private set; } = new([], 0, 1, 1);

    public int LeaseCount { get; private set; }

    public int VerifiedAccounts { get; private set; }

    public LeaseImportReport? Report { get; private set; }

    [BindProperty]
    public IFormFile? CsvFile { get; set; }

    /// <summary>The list's address for a page, keeping the search.</summary>
    public string PageUrl(int page)
    {
        var query = new List<string>();
        if (!string.IsNullOrWhiteSpace(Search))
            query.Add("q=" + Uri.EscapeDataString(Search.Trim()));
        if (page > 1)
            query.Add("p=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return (query.Count == 0 ? "?" : "?" + string.Join('&', query)) + "#liste";
    }

    public async Task OnGetAsync(CancellationToken ct) => await CountAsync(ct);

    [RequestSizeLimit(20_000_000)]
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (CsvFile is null || CsvFile.Length == 0)
        {
            ModelState.AddModelError(nameof(CsvFile), "Choisissez un fichier CSV.");
            await CountAsync(ct);
            return Page();
        }
        using var reader = new StreamReader(CsvFile.OpenReadStream());
        var result = await import.ImportCsvAsync(await reader.ReadToEndAsync(ct), ct);
        if (!result.IsOk)
            ModelState.AddModelError(nameof(CsvFile), result.Message!);
        else
            Report = result.Value;
        await CountAsync(ct);
        return Page();
    }

    private async Task CountAsync(CancellationToken ct)
    {
        LeaseCount = await db.Set<Lease>().CountAsync(ct);
        VerifiedAccounts = await db.Set<LeaseHolder>().CountAsync(ct);
        Leases = await list.PageAsync(Search, PageNumber, ct);
    }
}
