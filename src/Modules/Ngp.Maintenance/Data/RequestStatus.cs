namespace Ngp.Maintenance.Data;

/// <summary>Where a request stands; the timeline keeps how it got there.</summary>
public enum RequestStatus
{
    Received,
    InProgress,
    Closed,
    Rejected,
}
