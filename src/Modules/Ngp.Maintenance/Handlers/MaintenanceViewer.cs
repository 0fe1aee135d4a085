using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Ngp.Core.Accounts;

namespace Ngp.Maintenance.Handlers;

/// <summary>The signed-in person of the request as the maintenance module sees them (the platform already refuses a principal of another agency).</summary>
public sealed class MaintenanceViewer(IHttpContextAccessor http, IUserDirectory directory, IAuthorizationService authorization)
{
    private MaintenanceCaller? _caller;

    /// <summary>Null for an anonymous visitor.</summary>
    public async Task<MaintenanceCaller?> CurrentAsync(CancellationToken ct)
    {
        if (_caller is not null)
            return _caller;
        if (http.HttpContext?.User is not { Identity.IsAuthenticated: true } user || user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
            return null;
        var isStaff = (await authorization.AuthorizeAsync(user, MaintenancePermissions.ManageRequests.PolicyName)).Succeeded;
        _caller = new MaintenanceCaller(userId, isStaff, await directory.LeaseAsync(userId, ct));
        return _caller;
    }
}
