using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ngp.Core.Results;
using Ngp.Core.Tenancy;
using Ngp.Participation.Voting;

namespace Ngp.Participation.Pages.Participation;

/// <summary>
/// Votes without JavaScript: each question's form on the consultation page posts here and comes back; a refused
/// vote shows the consultation's forms again with the French reason beside the question.
/// </summary>
[Authorize]
public sealed class VoteModel(ParticipationItems items, VoteFormsReader forms, ParticipationThrottle throttle, ITenantContext tenant, CurrentParticipant participant) : PageModel
{
    public VoteFormsView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? item, CancellationToken ct) => await ShowAsync(item, ct);

    public async Task<IActionResult> OnPostAsync(string? item, string? questionId, string[]? optionIds, [FromServices] CastVote handler, CancellationToken ct)
    {
        if (!throttle.TryVote(tenant.Tenant.Name, participant.UserId ?? ""))
            return await ShowAsync(item, ct, Result.Invalid(ParticipationThrottle.VoteMessage), questionId);
        var chosen = optionIds ?? [];
        // A ranking arrives as one rank per option (Rank.{option}); the order of the ranks is the vote.
        var ranks = Request.Form.Keys.Where(k => k.StartsWith("Rank.", StringComparison.Ordinal)).ToList();
        if (ranks.Count > 0)
        {
            var parsed = ranks.Select(k => (Option: k["Rank.".Length..], Rank: int.TryParse(Request.Form[k], out var r) ? r : 0)).ToList();
            if (parsed.Select(p => p.Rank).Distinct().Count() != parsed.Count)
                return await ShowAsync(item, ct, Result.Invalid("Donnez un rang différent à chaque choix.", "optionIds", "Donnez un rang différent à chaque choix."), questionId);
            chosen = parsed.OrderBy(p => p.Rank).Select(p => p.Option).ToArray();
        }
        var result = await handler.HandleAsync(item ?? "", new VoteRequest(questionId, chosen), ct);
        if (!result.IsOk)
            return await ShowAsync(item, ct, result, questionId);
        TempData["VoteMessage"] = result.Value.Changed ? "Votre vote est modifié." : "Votre vote est enregistré. Merci !";
        var found = await items.PublishedAsync(item, ct);
        var url = found?.RelativeUrl is { } relative ? Url.Content("~/" + relative) : Url.Content("~/");
        return Redirect($"{url}#question-{questionId}");
    }

    private async Task<IActionResult> ShowAsync(string? itemId, CancellationToken ct, Result? failure = null, string? questionId = null)
    {
        var item = await items.PublishedAsync(itemId, ct);
        if (item?.Consultation is not { } consultation)
            return NotFound();
        if (failure is not null)
        {
            ModelState.AddModelError("q-" + questionId, string.Join(" ", new[] { failure.Message }.Concat(failure.Errors.SelectMany(e => e.Value)).Distinct().OfType<string>()));
            Response.StatusCode = failure.HttpStatus;
        }
        View = await forms.ReadAsync(item, consultation, ModelState, ct);
        return Page();
    }
}
