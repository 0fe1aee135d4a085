namespace Ngp.Workflows.Model;

public sealed record TransitionDefinition(string From, string Outcome, string To);
