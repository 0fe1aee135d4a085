namespace Ngp.Meetings.Data;

public enum RegistrationStatus
{
    Registered,
    Waiting,
    Cancelled,
}
