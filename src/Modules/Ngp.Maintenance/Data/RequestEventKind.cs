namespace Ngp.Maintenance.Data;

/// <summary>The steps of a request's timeline, in the order they usually come.</summary>
public enum RequestEventKind
{
    Filed,
    Taken,
    Closed,
    Rejected,
}
