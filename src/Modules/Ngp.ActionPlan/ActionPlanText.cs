namespace Ngp.ActionPlan;

/// <summary>Marker of the module's interface text (French source strings).</summary>
public sealed class ActionPlanText;
