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

public sealed record CommentRequest(string? Body, string? Stance, string? Proposal, long? ParentId);
