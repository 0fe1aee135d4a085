using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Ngp.Core.Data;
using Ngp.Core.Outbox;
using Ngp.Core.Results;
using Ngp.Core.Security;
using Ngp.Core.Web;
using Ngp.Workflows.Definitions;
using Ngp.Workflows.Engine;
using Ngp.Workflows.Model;

namespace Ngp.Workflows.Api;

public sealed record WorkflowTypeDto(string Id, string Name, bool Enabled, bool Singleton, int Version, string StartEvent, int Activities, DateTimeOffset ModifiedUtc);
