namespace Ngp.Projects.Editors;

/// <summary>An objective of the road map as typed.</summary>
public sealed class ObjectiveForm
{
    public string Text { get; set; } = "";
}
