namespace Ngp.Workflows.Engine;

/// <summary>Wakes this process's runner as soon as an event created work, instead of at the next poll.</summary>
public sealed class WorkflowSignal : Ngp.Core.WakeSignal;
