namespace Ngp.Notifications.Data;

public enum NotificationFrequency
{
    Daily = 0,
    Immediate = 1,
    Weekly = 2,
    None = 3,
}
