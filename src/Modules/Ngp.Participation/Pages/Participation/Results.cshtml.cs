using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ngp.Core.Results;
using Ngp.Participation.Api;
using Ngp.Participation.Voting;

namespace Ngp.Participation.Pages.Participation;

/// <summary>
/// A consultation's results: one SVG chart and one data table per question; staff also get the CSV export. Kept for
/// visitors for a few seconds, and forgotten at once by a vote cast on this web node.
/// </summary>
[AllowAnonymous]
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Ngp.Core.Web.PublicPageCacheNames.LivePolicy)]
public sealed class ResultsModel(ResultsReader reader, ParticipationItems items, IAuthorizationService authorization) : PageModel
{
    public ConsultationResults? Results { get; private set; }

    public string? Hidden { get; private set; }

    public string? ItemUrl { get; private set; }

    public string Title { get; private set; } = "";

    public bool Staff { get; private set; }

    public bool RecordsAnswers { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        var item = await items.PublishedAsync(id, ct);
        if (item?.Consultation is null)
            return NotFound();
        Title = item.Title;
        Ngp.Core.Web.PublicPageCacheNames.Shows(HttpContext, item.Id);
        ItemUrl = item.RelativeUrl;
        Staff = await ParticipationApi.CanAsync(authorization, User, ParticipationPermissions.ExportResults);
        RecordsAnswers = await ParticipationApi.CanAsync(authorization, User, ParticipationPermissions.RecordAnswers);
        var result = await reader.ReadAsync(id, Staff, ct);
        if (result.Status == ResultStatus.Forbidden)
            Hidden = result.Message;
        else if (result.IsOk)
            Results = result.Value;
        else
            return NotFound();
        return Page();
    }
}
