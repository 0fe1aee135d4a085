using System.Text.Json.Nodes;
using Ngp.Workflows.Liquid;
using Ngp.Workflows.Model;

namespace Ngp.Workflows.Activities;

public sealed record QueuedActivity(string ActivityId, string From);
