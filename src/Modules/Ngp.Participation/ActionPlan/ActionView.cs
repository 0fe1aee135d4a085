namespace Ngp.Participation.ActionPlan;

public sealed record ActionView(PlanActionInfo Action, IReadOnlyList<LinkedProject> Projects);
