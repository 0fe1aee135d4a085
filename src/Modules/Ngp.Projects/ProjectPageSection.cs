namespace Ngp.Projects;

/// <summary>
/// A block a higher module adds to a project's page after its phases (the project's consultations): a partial view
/// whose model is the project's <see cref="Ngp.Contents.Display.ContentView"/>, shown in <paramref name="Order"/>.
/// </summary>
public sealed record ProjectPageSection(int Order, string PartialName);
