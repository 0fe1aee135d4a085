namespace Ngp.Notifications.Data;

public enum EmailStatus
{
    Queued = 0,
    Sent = 1,
    Retrying = 2,
    Dead = 3,
}
