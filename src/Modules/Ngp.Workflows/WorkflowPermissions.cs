using Ngp.Core.Modules;

namespace Ngp.Workflows;

public static class WorkflowPermissions
{
    public static readonly Permission ManageWorkflows = new("ManageWorkflows", "Créer, modifier et activer les workflows ; suivre et relancer leurs instances", "Workflows");
}
