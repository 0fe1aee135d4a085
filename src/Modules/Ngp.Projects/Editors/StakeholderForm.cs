namespace Ngp.Projects.Editors;

/// <summary>A stakeholder of the road map as typed.</summary>
public sealed class StakeholderForm
{
    public string Name { get; set; } = "";

    public string Role { get; set; } = "";

    public string Email { get; set; } = "";
}
