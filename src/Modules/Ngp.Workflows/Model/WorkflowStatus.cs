using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ngp.Workflows.Model;

public enum WorkflowStatus
{
    Running,
    Halted,
    Finished,
    Faulted,
}
