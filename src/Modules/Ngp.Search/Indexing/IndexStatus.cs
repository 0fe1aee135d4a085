using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ngp.Contents.Definitions;
using Ngp.Contents.Display;
using Ngp.Contents.Items;
using Ngp.Core.Data;
using Ngp.Core.Tenancy;

namespace Ngp.Search.Indexing;

/// <summary>What the admin shows of an index.</summary>
public sealed record IndexStatus(int Documents, long LastTaskId, long LatestTaskId, DateTimeOffset? LatestTaskUtc, string Generation)
{
    /// <summary>Tasks of the log not yet applied to this node's index.</summary>
    public long Lag => Math.Max(0, LatestTaskId - LastTaskId);
}
