using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Ngp.Core.Web;

/// <summary>
/// The one-time message a form leaves for the page it returns to (TempData). It is read only when the visitor's
/// request carries one: touching TempData otherwise answers with a cookie deletion, and a page that sets a cookie is
/// never kept in the public page cache — anonymous project pages were rendered for every visitor (62 requests/s).
/// </summary>
public static class Flash
{
    public static string? Read(HttpContext http, ITempDataDictionary tempData, string key) =>
        http.Request.Cookies.ContainsKey(CookieTempDataProvider.CookieName) ? tempData[key] as string : null;
}
