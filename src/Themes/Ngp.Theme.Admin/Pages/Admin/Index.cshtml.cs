using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ngp.Core.Modules;

namespace Ngp.Theme.Admin.Pages.Admin;

/// <summary>The admin home page: what waits for this person, as the modules count it (<see cref="IPendingWork"/>), by their permissions.</summary>
[Authorize(Policy = "permission:AccessAdmin")]
public sealed class IndexModel(IEnumerable<IPendingWork> sources, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<PendingWork> Waiting { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var waiting = new List<PendingWork>();
        foreach (var source in sources.OrderBy(s => s.Order))
        {
            if (!(await authorization.AuthorizeAsync(User, source.Permission.PolicyName)).Succeeded)
                continue;
            if (await source.CountAsync(ct) is { } work)
                waiting.Add(work);
        }
        Waiting = waiting;
    }
}
