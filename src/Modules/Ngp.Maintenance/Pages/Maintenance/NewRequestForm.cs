namespace Ngp.Maintenance.Pages.Maintenance;

/// <summary>The « Nouvelle demande » form: a common area is chosen from the agency's list, a room of the dwelling is typed.</summary>
public sealed class NewRequestForm
{
    public string? Category { get; set; }

    public string? Location { get; set; }

    public string? CommonArea { get; set; }

    public string? Room { get; set; }

    public string? Urgency { get; set; } = "normal";

    public string? Description { get; set; }
}
