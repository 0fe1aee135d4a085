using Ngp.Maintenance.Data;

namespace Ngp.Maintenance.Handlers;

/// <summary>The one rule of who sees a request, applied in SQL by every reader and handler.</summary>
public static class RequestVisibility
{
    public static IQueryable<MaintenanceRequest> VisibleTo(this IQueryable<MaintenanceRequest> requests, MaintenanceCaller caller)
    {
        if (caller.IsStaff)
            return requests;
        if (caller.Lease is { Building: var building })
            return requests.Where(r => r.ResidentId == caller.UserId || (r.Location == RequestLocation.Common && r.Building == building));
        return requests.Where(r => r.ResidentId == caller.UserId);
    }

    public static bool IsOpen(RequestStatus status) => status is RequestStatus.Received or RequestStatus.InProgress;
}
