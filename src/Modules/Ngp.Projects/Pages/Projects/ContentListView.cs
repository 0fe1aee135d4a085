using Ngp.Contents.Display;

namespace Ngp.Projects.Pages.Projects;

/// <summary>A page of the projects or consultations list.</summary>
public sealed record ContentListView(IReadOnlyList<ContentView> Items, int Total, int Page, int PageSize, string Path);
