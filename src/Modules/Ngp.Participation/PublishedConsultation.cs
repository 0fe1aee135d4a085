using System.Text.Json.Nodes;
using Microsoft.Extensions.Caching.Memory;
using Ngp.Contents.Definitions;
using Ngp.Contents.Items;
using Ngp.Core.Tenancy;
using Ngp.Core.Web;
using Ngp.Participation.Parts;

namespace Ngp.Participation;

/// <summary>A published consultation as votes and results read it.</summary>
public sealed record PublishedConsultation(string Id, long VersionId, string Title, Consultation Consultation);
