using Microsoft.EntityFrameworkCore;
using Ngp.Core.Accounts;
using Ngp.Core.Data;
using Ngp.Core.Results;
using Ngp.Core.Tenancy;
using Ngp.Core.Web;
using Ngp.Participation.Data;
using Ngp.Participation.Parts;

namespace Ngp.Participation.Voting;

public sealed record VoteReceipt(long VoteId, string QuestionId, IReadOnlyList<string> OptionIds, bool Changed);
