using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ngp.Core.Accounts;
using Ngp.Participation.Letters;

namespace Ngp.Participation.Pages.Admin;

/// <summary>
/// A consultation for residents who are not online: print its letters for chosen buildings, and record an answer
/// received on paper, at the desk or by phone on a household's behalf.
/// </summary>
[Authorize(Policy = "permission:RecordAnswers")]
public sealed class LettersModel(ParticipationItems items, RecordAnswerAtDesk handler, IUserDirectory directory) : PageModel
{
    /// <summary>The buildings of the lease list, to choose whose letters to print.</summary>
    public IReadOnlyList<string> Buildings { get; private set; } = [];

    public ParticipationItem Item { get; private set; } = null!;

    public AnswerFields Fields { get; private set; } = null!;

    [BindProperty]
    public string? LeaseReference { get; set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (await items.PublishedAsync(id, ct) is not { Consultation: { } consultation } item)
            return NotFound();
        Item = item;
        Fields = AnswerFields.Of(consultation, []);
        Buildings = await directory.BuildingsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (await items.PublishedAsync(id, ct) is not { Consultation: { } consultation } item)
            return NotFound();
        Item = item;
        Buildings = await directory.BuildingsAsync(ct);
        var answers = AnswerFields.Read(Request.Form, consultation);
        Fields = AnswerFields.Of(consultation, answers);
        var result = await handler.HandleAsync(id, LeaseReference, answers, ct);
        if (!result.IsOk)
        {
            ModelState.AddModelError("", result.Message!);
            foreach (var (field, messages) in result.Errors)
                ModelState.AddModelError(field == "leaseReference" ? nameof(LeaseReference) : field, string.Join(" ", messages));
            Response.StatusCode = result.HttpStatus;
            return Page();
        }
        Message = $"La réponse du bail {LeaseReference!.Trim().ToUpperInvariant()} est enregistrée, marquée « par courrier / à l'accueil ».";
        return RedirectToPage(new { id });
    }
}
