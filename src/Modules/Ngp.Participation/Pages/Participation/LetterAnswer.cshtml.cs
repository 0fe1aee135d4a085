using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ngp.Core.Results;
using Ngp.Core.Tenancy;
using Ngp.Participation.Letters;

namespace Ngp.Participation.Pages.Participation;

/// <summary>
/// The page a letter's QR code opens: with the letter's single-use code, the household answers every question of the
/// consultation at once, without an account. A code already used, expired or unknown gets a page that says so; a
/// code typed by hand arrives through the form of the page without a code.
/// </summary>
[AllowAnonymous]
public sealed class LetterAnswerModel(AnswerByLetter handler, ParticipationThrottle throttle, ITenantContext tenant) : PageModel
{
    public LetterInvitation? Invitation { get; private set; }

    /// <summary>Why the code cannot answer, when it cannot.</summary>
    public string? Refusal { get; private set; }

    /// <summary>The answer was recorded by this request.</summary>
    public bool Recorded { get; private set; }

    public string? Code { get; private set; }

    /// <summary>The questions, with the household's choices shown again when a submission is refused.</summary>
    public AnswerFields? Fields { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? code, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code))
            return Page();
        // The code is the household's credential: the page is nobody else's and never kept by a cache.
        Response.Headers.CacheControl = "no-store";
        Code = LetterCodes.Normalize(code) ?? code;
        var open = await handler.OpenAsync(code, ct);
        if (open.IsOk)
        {
            Invitation = open.Value;
            Fields = AnswerFields.Of(Invitation.Consultation, []);
        }
        else
            Refuse(open);
        return Page();
    }

    /// <summary>A code typed by hand goes to its page.</summary>
    public IActionResult OnPostFind(string? typed)
    {
        if (LetterCodes.Normalize(typed) is { } code)
            return RedirectToPage(new { code });
        ModelState.AddModelError("typed", "Le code a 12 caractères, lettres et chiffres, comme imprimé sur votre courrier (par exemple 7KQ2-M9XD-4TRB).");
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? code, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        Code = LetterCodes.Normalize(code) ?? code;
        var open = await handler.OpenAsync(code, ct);
        if (!open.IsOk)
        {
            Refuse(open);
            return Page();
        }
        Invitation = open.Value;
        // One limit per code: guessing codes is hopeless (60 bits), this keeps a script from hammering one page.
        if (!throttle.TryVote(tenant.Tenant.Name, "letter:" + Code))
        {
            ModelState.AddModelError("", ParticipationThrottle.VoteMessage);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }
        var answers = AnswerFields.Read(Request.Form, Invitation.Consultation);
        Fields = AnswerFields.Of(Invitation.Consultation, answers);
        var result = await handler.HandleAsync(code, answers, ct);
        if (!result.IsOk)
        {
            ModelState.AddModelError("", result.Message!);
            foreach (var (field, messages) in result.Errors)
                ModelState.AddModelError(field, string.Join(" ", messages));
            Response.StatusCode = result.HttpStatus;
            return Page();
        }
        Recorded = true;
        return Page();
    }

    private void Refuse(Result open)
    {
        Refusal = open.Message;
        Response.StatusCode = open.Status == ResultStatus.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status410Gone;
    }
}
