namespace Ngp.ActionPlan;

/// <summary>An action of the head office's plan, as its <c>PlanAction</c> item says.</summary>
public sealed record PlanActionInfo(string Code, string Title, int Ambition, string Owner, bool Priority, string Status, string StatusLabel, double Progress);
