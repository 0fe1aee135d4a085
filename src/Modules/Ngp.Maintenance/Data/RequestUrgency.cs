namespace Ngp.Maintenance.Data;

public enum RequestUrgency
{
    Normal,
    Urgent,
}
