using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Ngp.Core.Accounts;

/// <summary>The signed-in person of the request (the platform already refuses a principal of another tenant).</summary>
public sealed class CurrentUser(IHttpContextAccessor http)
{
    public string? UserId => http.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
}
