using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Ngp.Contents.Items;
using Ngp.Core.Data;
using Ngp.Core.Outbox;
using Ngp.Core.Results;
using Ngp.Core.Rules;
using Ngp.Core.Web;
using Ngp.Meetings.Data;

namespace Ngp.Meetings.Handlers;

public sealed record NextStep(string? Action, string? Owner, string? DueDate);
