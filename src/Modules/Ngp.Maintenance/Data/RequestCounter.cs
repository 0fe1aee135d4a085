namespace Ngp.Maintenance.Data;

/// <summary>The last request number given in a year, in the agency's database: numbers follow each other without gaps.</summary>
public sealed class RequestCounter
{
    public int Year { get; set; }

    public int Last { get; set; }
}
