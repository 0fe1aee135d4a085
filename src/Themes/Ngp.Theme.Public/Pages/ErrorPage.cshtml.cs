using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ngp.Core.Web;

namespace Ngp.Theme.Public.Pages;

/// <summary>The page a person sees in place of an empty 4xx answer (a missing page, a refused access), with ways back.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorPageModel : PageModel
{
    public int Code { get; private set; }

    public string Title { get; private set; } = "";

    public string Message { get; private set; } = "";

    /// <summary>For 401 and 403: the login form, bringing the person back to the page they asked for.</summary>
    public string? SignInUrl { get; private set; }

    public void OnGet()
    {
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        // Run in place of an empty answer, the status is still that answer's (the address only names it, and the posted
        // form that failed may not even be readable); asked for directly, /erreur/123 is itself a page that does not exist.
        Code = original is not null && Response.StatusCode is >= 400 and < 600 ? Response.StatusCode : StatusCodes.Status404NotFound;
        Response.StatusCode = Code;
        (Title, Message) = ErrorTexts.ForPage(Code);
        if (Code is StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden && User.Identity?.IsAuthenticated != true)
            SignInUrl = Url.Content("~/compte/connexion") + QueryString.Create("ReturnUrl", original!.OriginalPathBase + original.OriginalPath + original.OriginalQueryString);
    }
}
