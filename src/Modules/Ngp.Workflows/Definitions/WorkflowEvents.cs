namespace Ngp.Workflows.Definitions;

/// <summary>The workflows' own start events; the modules' events come from <see cref="WorkflowStartEvents"/>.</summary>
public static class WorkflowEvents
{
    public const string Timer = "Timer";
    public const string Signal = "Signal";

    /// <summary>Outbox event raised by a signed signal URL; it starts the one type it names.</summary>
    public const string Signalled = "WorkflowSignalled";
}
