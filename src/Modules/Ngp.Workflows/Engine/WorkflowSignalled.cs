using Ngp.Core.Outbox;

namespace Ngp.Workflows.Engine;

/// <summary>Raised by a signed signal URL; starts the named type (a <c>Signal</c> start event).</summary>
public sealed record WorkflowSignalled(string WorkflowTypeId, string? ContentItemId) : IDomainEvent;
