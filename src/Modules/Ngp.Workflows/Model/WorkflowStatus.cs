namespace Ngp.Workflows.Model;

public enum WorkflowStatus
{
    Running,
    Halted,
    Finished,
    Faulted,
}
