namespace Ngp.Projects;

/// <summary>Marker of the module's interface text (French source strings).</summary>
public sealed class ProjectsText;
