using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Ngp.Contents.Items;
using Ngp.Core.Data;
using Ngp.Core.Tenancy;
using Ngp.Workflows.Activities;
using Ngp.Workflows.Liquid;
using Ngp.Workflows.Model;

namespace Ngp.Workflows.Engine;

/// <summary>An activity threw: the run is rolled back and the instance faults with this reason.</summary>
public sealed class WorkflowActivityException(string activityId, string activityType, Exception inner)
    : Exception($"L'activité « {activityId} » ({activityType}) a échoué : {inner.Message}", inner)
{
    public string ActivityId { get; } = activityId;

    public string ActivityType { get; } = activityType;
}
