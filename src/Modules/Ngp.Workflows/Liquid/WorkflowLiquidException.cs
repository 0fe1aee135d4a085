namespace Ngp.Workflows.Liquid;

public sealed class WorkflowLiquidException(string message) : Exception(message);
