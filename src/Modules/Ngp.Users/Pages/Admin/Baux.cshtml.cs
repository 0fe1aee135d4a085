using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Users.Leases;

namespace Ngp.Users.Pages.Admin;

[Authorize(Policy = "permission:ManageLeases")]
public sealed class BauxModel(NgpDbContext db, LeaseImport import) : PageModel
{
    public int LeaseCount { get; private set; }

    public int VerifiedAccounts { get; private set; }

    public LeaseImportReport? Report { get; private set; }

    [BindProperty]
    public IFormFile? CsvFile { get; set; }

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
    }
}
