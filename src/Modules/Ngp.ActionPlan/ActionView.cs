namespace Ngp.ActionPlan;

public sealed record ActionView(PlanActionInfo Action, IReadOnlyList<LinkedProject> Projects);
