using Ngp.Contents.Parts;
using Ngp.Core.Tenancy;
using Ngp.Participation.Parts;

namespace Ngp.Participation.ActionPlan;

public sealed record ActionView(PlanActionInfo Action, IReadOnlyList<LinkedProject> Projects);
