using Ngp.Maintenance.Data;

namespace Ngp.Maintenance.Handlers;

/// <summary>
/// A request as its reader may see it. <see cref="ResidentName"/> and <see cref="LeaseReference"/> are the agency's
/// only: another resident of the building never learns who filed a common-area request, nor from which dwelling.
/// </summary>
public sealed record RequestSummary(
    long Id, string Reference, RequestStatus Status, string Category, string CategoryLabel, RequestLocation Location, string? Area, string? AreaLabel,
    string Building, RequestUrgency Urgency, DateTimeOffset CreatedUtc, DateTimeOffset DueUtc, bool Late, int MeToo, bool Mine,
    string? ResidentName, string? LeaseReference);
