using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Ngp.Core.Accounts;

namespace Ngp.Participation;

/// <summary>The signed-in person of the request (the platform already refuses a principal of another tenant).</summary>
public sealed class CurrentParticipant(IHttpContextAccessor http, IUserDirectory directory)
{
    private UserLease? _lease;
    private bool _leaseRead;

    public string? UserId => http.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    public ClaimsPrincipal? Principal => http.HttpContext?.User;

    public async Task<UserLease?> LeaseAsync(CancellationToken ct)
    {
        if (!_leaseRead && UserId is { } id)
        {
            _lease = await directory.LeaseAsync(id, ct);
            _leaseRead = true;
        }
        return _lease;
    }
}
