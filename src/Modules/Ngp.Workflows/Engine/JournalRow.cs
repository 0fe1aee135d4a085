using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Results;
using Ngp.Workflows.Model;

namespace Ngp.Workflows.Engine;

public sealed record JournalRow(string ActivityId, string ActivityType, string Outcome, DateTimeOffset Utc);
