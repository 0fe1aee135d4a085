namespace Ngp.ActionPlan;

/// <summary>A published project of an agency linked to actions of the plan, with where it can be read.</summary>
public sealed record LinkedProject(string Id, string Title, string? Url, string? Phase, IReadOnlyList<string> Codes, string Agency, string AgencyName, string AgencyUrl);
