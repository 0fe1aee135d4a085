namespace Ngp.ActionPlan;

/// <summary>An agency's linked projects: how many per ambition (a project linked to two actions of one ambition counts once), and in which phase.</summary>
public sealed record AgencyView(string Name, string DisplayName, string Url, IReadOnlyList<LinkedProject> Projects, IReadOnlyList<int> ProjectsPerAmbition)
{
    public int Phase(string? key) => Projects.Count(p => p.Phase == key);
}
