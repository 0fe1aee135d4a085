using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Outbox;
using Ngp.Workflows.Definitions;
using Ngp.Workflows.Model;

namespace Ngp.Workflows.Engine;

/// <summary>Raised by a signed signal URL; starts the named type (a <c>Signal</c> start event).</summary>
public sealed record WorkflowSignalled(string WorkflowTypeId, string? ContentItemId) : IDomainEvent;
