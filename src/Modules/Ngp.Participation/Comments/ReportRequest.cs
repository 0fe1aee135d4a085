using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Notifications;
using Ngp.Core.Outbox;
using Ngp.Core.Results;
using Ngp.Core.Rules;
using Ngp.Core.Web;
using Ngp.Participation.Data;
using Ngp.Participation.Follows;

namespace Ngp.Participation.Comments;

public sealed record ReportRequest(string? Reason);
